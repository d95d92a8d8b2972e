"""SNS topic from a dict of defaults unpacked into kwargs, no KMS key.

expect: any @ billing-events
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

TOPIC_DEFAULTS = {"fifo_topic": True, "content_based_deduplication": True}
aws.sns.Topic("billing-events", name="billing-events.fifo", **TOPIC_DEFAULTS)
