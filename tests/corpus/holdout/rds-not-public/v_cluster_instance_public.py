"""An Aurora cluster whose writer ClusterInstance is publicly accessible.

expect: rds-not-public @ reporting-1
"""

import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "reporting",
    engine="aurora-postgresql",
    master_username="rep",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
)
aws.rds.ClusterInstance(
    "reporting-1",
    cluster_identifier=cluster.id,
    instance_class="db.r7g.large",
    engine="aurora-postgresql",
    publicly_accessible=True,
)
