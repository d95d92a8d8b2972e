"""expect: any @ reports-db
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.rds.Instance(
    "reports-db",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.t4g.medium",
    allocated_storage=20,
    username="reports",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    publicly_accessible=True,
    skip_final_snapshot=True,
)
