"""expect: any @ pg-params
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

params = aws.rds.ParameterGroup(
    "pg-params",
    family="postgres16",
    parameters=[{"name": "rds.force_ssl", "value": "0"}, {"name": "log_connections", "value": "1"}],
)
aws.rds.Instance(
    "orders-db",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.t4g.medium",
    allocated_storage=50,
    username="orders",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    multi_az=True,
    parameter_group_name=params.name,
    skip_final_snapshot=True,
)
