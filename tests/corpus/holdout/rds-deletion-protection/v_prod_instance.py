"""Under prod's config, a multi-AZ encrypted instance with 14 days of backups but no deletion protection.

expect: rds-deletion-protection @ prod-pg
policy-config: prod
"""

import pulumi_aws as aws

aws.rds.Instance(
    "prod-pg",
    engine="postgres",
    instance_class="db.m7g.large",
    allocated_storage=100,
    username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    multi_az=True,
    backup_retention_period=14,
    deletion_protection=False,
)
