"""ElastiCache Serverless (Valkey) cache with a CMK in private subnets.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.elasticache.ServerlessCache("edge-cache", name="edge-cache", engine="valkey", major_engine_version="8",
                                kms_key_id=kit.cmk("sc-key").arn, subnet_ids=kit.SUBNETS, security_group_ids=[kit.SG],
                                snapshot_retention_limit=7, daily_snapshot_time="03:00")
