"""expect: any @ orders-aurora
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.rds.Cluster(
    "orders-aurora",
    engine="aurora-postgresql",
    engine_version="16.4",
    master_username="orders",
    manage_master_user_password=True,
    storage_encrypted="false",
    backup_retention_period=7,
    db_subnet_group_name="db-subnets",
    skip_final_snapshot=True,
)
