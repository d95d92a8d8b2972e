"""A Redshift cluster whose `encrypted` (a string input) is "false".

expect: encryption-at-rest @ warehouse
"""

import pulumi_aws as aws

aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.large",
    master_username="admin",
    manage_master_password=True,
    encrypted="false",
    skip_final_snapshot=True,
)
