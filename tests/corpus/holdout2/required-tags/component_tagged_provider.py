"""No stack defaultTags; a component gets a tagged explicit provider via `providers` and its children inherit it.

expect: clean
config: {"aws:defaultTags": null}
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import tagged_provider


class Mailer(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:msg:Mailer", name, None, opts)
        o = pulumi.ResourceOptions(parent=self)
        aws.sqs.Queue(f"{name}-outbox", opts=o)
        aws.sns.Topic(f"{name}-bounces", kms_master_key_id="alias/aws/sns", opts=o)


Mailer("mailer", opts=pulumi.ResourceOptions(providers={"aws": tagged_provider("tagged")}))
