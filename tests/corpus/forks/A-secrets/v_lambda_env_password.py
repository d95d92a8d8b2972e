"""expect: any @ orders-fn
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("orders-fn-role", "lambda.amazonaws.com", managed=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])
aws.lambda_.Function(
    "orders-fn",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
    environment={"variables": {"DB_HOST": "orders.internal", "DB_PASSWORD": "hunter2-orders-prod"}},
)
