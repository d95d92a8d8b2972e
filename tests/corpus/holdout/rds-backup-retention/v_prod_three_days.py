"""Under prod's config (7 days minimum), a cluster keeps only 3 days of backups.

expect: rds-backup-retention @ prod-aurora
policy-config: prod
"""

import pulumi_aws as aws

aws.rds.Cluster(
    "prod-aurora",
    engine="aurora-mysql",
    master_username="admin",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=3,
    deletion_protection=True,
)
