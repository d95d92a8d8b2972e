"""Kinesis stream encrypted with a customer-managed key.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("clicks-key")
aws.kinesis.Stream("clicks", shard_count=2, retention_period=48, encryption_type="KMS", kms_key_id=key.arn)
