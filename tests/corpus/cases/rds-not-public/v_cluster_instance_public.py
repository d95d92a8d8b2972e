"""PLANNED RULE. An Aurora cluster instance that is publicly accessible.

expect: rds-not-public @ analytics-1
"""

import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "analytics",
    engine="aurora-mysql",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    skip_final_snapshot=True,
)
aws.rds.ClusterInstance(
    "analytics-1",
    cluster_identifier=cluster.id,
    instance_class="db.r7g.large",
    engine="aurora-mysql",
    publicly_accessible=True,
)
