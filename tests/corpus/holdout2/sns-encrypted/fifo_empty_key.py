"""A FIFO topic whose key comes from an optional setting that is empty.

expect: sns-encrypted @ orders.fifo
"""

import pulumi_aws as aws

KEY = ""
aws.sns.Topic(
    "orders.fifo", name="orders.fifo", fifo_topic=True, content_based_deduplication=True, kms_master_key_id=KEY or None
)
