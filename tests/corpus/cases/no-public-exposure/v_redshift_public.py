"""A Redshift cluster marked publicly accessible (blind test).

expect: no-public-exposure @ analytics
"""

import pulumi_aws as aws

aws.redshift.Cluster(
    "analytics",
    cluster_identifier="analytics",
    node_type="ra3.large",
    master_username="admin",
    manage_master_password=True,
    encrypted=True,
    publicly_accessible=True,
    skip_final_snapshot=True,
)
