"""A FIFO topic whose key comes from an optional config value that is unset (empty string).

expect: sns-encrypted @ order-events
"""

import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()
aws.sns.Topic(
    "order-events",
    name="order-events.fifo",
    fifo_topic=True,
    content_based_deduplication=True,
    kms_master_key_id=cfg.get("snsKey") or "",
)
