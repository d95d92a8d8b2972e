"""expect: any @ reports-db
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.rds.Instance(
    "reports-db",
    engine="mysql",
    engine_version="8.0",
    instance_class="db.t4g.medium",
    allocated_storage=20,
    username="reports",
    password="Reports-Passw0rd!",
    storage_encrypted=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
)
