"""Lambda built from a shared settings dict unpacked into kwargs; the env holds a Stripe secret key.

expect: any @ checkout-fn
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/*:*"}])

COMMON = {
    "runtime": "python3.12",
    "timeout": 10,
    "environment": aws.lambda_.FunctionEnvironmentArgs(variables={"STRIPE_SECRET_KEY": "sk_live_51H8xyzABCdefGHIjklMNOpqr"}),
}
aws.lambda_.Function("checkout-fn", handler="app.handler", role=role.arn,
                     code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
                     **COMMON)
