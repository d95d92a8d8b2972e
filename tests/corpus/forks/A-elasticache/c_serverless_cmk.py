"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("serverless-cache-key")
aws.elasticache.ServerlessCache(
    "sessions",
    engine="valkey",
    name="sessions",
    major_engine_version="8",
    kms_key_id=key.arn,
    subnet_ids=SUBNETS,
    security_group_ids=[SG],
    daily_snapshot_time="03:00",
    snapshot_retention_limit=7,
)
