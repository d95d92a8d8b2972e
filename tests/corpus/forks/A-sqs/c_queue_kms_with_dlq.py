"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("queue-key")
dlq = aws.sqs.Queue("jobs-dlq", kms_master_key_id=key.arn, message_retention_seconds=1209600)
aws.sqs.Queue("jobs", kms_master_key_id=key.arn, kms_data_key_reuse_period_seconds=300,
              redrive_policy=dlq.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})))
