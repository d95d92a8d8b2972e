"""A Lambda function with an API key in plain environment variables.

expect: no-plaintext-secrets @ notifier
"""

import pulumi
import pulumi_aws as aws

aws.lambda_.Function(
    "notifier",
    role="arn:aws:iam::123456789012:role/notifier",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
    environment={"variables": {"STAGE": "prod", "STRIPE_API_KEY": "sk_live_51Habc"}},
)
