"""Lambda function with a database password in its environment variables.

expect: any @ billing-fn
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/*:*"}])

aws.lambda_.Function("billing-fn", runtime="python3.12", handler="app.handler", role=role.arn,
                     code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
                     environment={"variables": {"DB_HOST": "db.internal", "DB_PASSWORD": "hunter2-prod-2024"}})
