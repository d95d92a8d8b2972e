"""SNS topic with kms_master_key_id="" (an empty setting from a config default).

expect: any @ orders-topic
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key_id = pulumi.Config().get("topicKey") or ""
aws.sns.Topic("orders-topic", kms_master_key_id=key_id)
