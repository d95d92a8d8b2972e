"""Inside a ComponentResource, a topic encrypted with a CMK's key_id and a queue subscribed to it.

expect: clean
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws


class Fanout(pulumi.ComponentResource):
    def __init__(self, name: str) -> None:
        super().__init__("acme:messaging:Fanout", name)
        child = pulumi.ResourceOptions(parent=self)
        key = kit.cmk(f"{name}-key", child)
        self.topic = aws.sns.Topic(f"{name}-topic", kms_master_key_id=key.key_id, opts=child)
        self.queue = aws.sqs.Queue(f"{name}-queue", kms_master_key_id=key.arn, opts=child)
        aws.sns.TopicSubscription(
            f"{name}-sub",
            topic=self.topic.arn,
            protocol="sqs",
            endpoint=self.queue.arn,
            raw_message_delivery=True,
            opts=child,
        )
        self.register_outputs({})


Fanout("invoices")
