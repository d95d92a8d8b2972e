"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("stream-key")
aws.kinesis.Stream("clicks", shard_count=2, retention_period=48, encryption_type="KMS", kms_key_id=key.arn)
