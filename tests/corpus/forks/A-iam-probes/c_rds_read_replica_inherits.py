"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

primary = aws.rds.Instance(
    "orders-db",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.t4g.medium",
    allocated_storage=50,
    username="orders",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=cmk("orders-db-key").arn,
    backup_retention_period=7,
    multi_az=True,
    deletion_protection=True,
    skip_final_snapshot=True,
)
aws.rds.Instance("orders-db-replica", replicate_source_db=primary.identifier, instance_class="db.t4g.medium",
                 skip_final_snapshot=True)
