"""A component given an untagged explicit provider; its child log group inherits that provider (stack defaults don't apply).

expect: required-tags @ svc-child-logs
"""

import pulumi
import pulumi_aws as aws

bare = aws.Provider("bare", region="eu-west-1")


class Service(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions) -> None:
        super().__init__("acme:app:Service", name, None, opts)
        aws.cloudwatch.LogGroup(
            f"{name}-child-logs",
            retention_in_days=30,
            kms_key_id="arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Service("svc", pulumi.ResourceOptions(providers=[bare]))
