"""expect: any @ notify-fn
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

class Notifier(pulumi.ComponentResource):
    def __init__(self, name, webhook_token: str, opts=None):
        super().__init__("acme:app:Notifier", name, None, opts)
        role = service_role(f"{name}-role", "lambda.amazonaws.com")
        self.fn = aws.lambda_.Function(
            f"{name}-fn",
            runtime="nodejs20.x",
            handler="index.handler",
            role=role.arn,
            code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("exports.handler = async () => 1;")}),
            environment={"variables": {"SLACK_TOKEN": webhook_token, "CHANNEL": "#ops"}},
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})

Notifier("notify", webhook_token="xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx")
