"""A component handed an untagged provider through `providers`; its children inherit it and carry no tags.

expect: required-tags @ notify-queue
"""

import pulumi
import pulumi_aws as aws


class Notify(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:msg:Notify", name, None, opts)
        aws.sqs.Queue(f"{name}-queue", opts=pulumi.ResourceOptions(parent=self))


p = aws.Provider("apse", region="ap-southeast-2")
Notify("notify", opts=pulumi.ResourceOptions(providers=[p]))
