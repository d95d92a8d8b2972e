"""Under prod's config, an Aurora cluster with deletion protection and 35 days of backups.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "prod-catalog",
    engine="aurora-postgresql",
    master_username="cat",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=35,
    deletion_protection=True,
    final_snapshot_identifier="prod-catalog-final",
)
aws.rds.ClusterInstance(
    "prod-catalog-1", cluster_identifier=cluster.id, instance_class="db.r7g.large", engine="aurora-postgresql"
)
