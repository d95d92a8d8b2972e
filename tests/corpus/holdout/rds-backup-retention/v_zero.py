"""Backups switched off (backup_retention_period=0) on a dev-ish instance.

expect: rds-backup-retention @ scratch-db
"""

import pulumi_aws as aws

aws.rds.Instance(
    "scratch-db",
    engine="mariadb",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="dev",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=0,
    skip_final_snapshot=True,
)
