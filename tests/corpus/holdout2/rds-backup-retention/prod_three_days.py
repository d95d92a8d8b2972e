"""Prod asks for 7 days; this Aurora cluster keeps 3.

expect: rds-backup-retention @ payments-aurora
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG

aws.rds.Cluster(
    "payments-aurora",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=3,
    deletion_protection=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
)
