"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("dms-key")
aws.dms.ReplicationInstance(
    "migrate",
    replication_instance_id="migrate",
    replication_instance_class="dms.t3.medium",
    allocated_storage=50,
    publicly_accessible=False,
    multi_az=True,
    kms_key_arn=key.arn,
    auto_minor_version_upgrade=True,
    replication_subnet_group_id="dms-subnets",
    vpc_security_group_ids=[SG],
)
aws.dms.Endpoint(
    "source-pg",
    endpoint_id="source-pg",
    endpoint_type="source",
    engine_name="postgres",
    database_name="orders",
    ssl_mode="verify-full",
    certificate_arn=f"arn:aws:dms:{REGION}:{ACCOUNT}:cert:ABCDEFGHIJKLMNOP",
    secrets_manager_arn=f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:orders-db-AbCdEf",
    secrets_manager_access_role_arn=f"arn:aws:iam::{ACCOUNT}:role/dms-secrets",
    kms_key_arn=key.arn,
)
