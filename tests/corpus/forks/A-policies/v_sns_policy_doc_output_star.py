"""expect: any @ billing-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

topic = aws.sns.Topic("billing", kms_master_key_id="alias/aws/sns")
aws.sns.TopicPolicy(
    "billing-policy",
    arn=topic.arn,
    policy=aws.iam.get_policy_document_output(statements=[{
        "effect": "Allow",
        "principals": [{"type": "*", "identifiers": ["*"]}],
        "actions": ["sns:Publish"],
        "resources": [topic.arn],
    }]).json,
)
