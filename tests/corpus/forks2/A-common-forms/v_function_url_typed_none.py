"""Lambda function URL with authorization NONE, created from a typed-args helper.

expect: any @ public-url
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/*:*"}])
fn = aws.lambda_.Function("web-fn", name="web", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))
args = aws.lambda_.FunctionUrlArgs(function_name=fn.name, authorization_type="NONE",
                                   cors=aws.lambda_.FunctionUrlCorsArgs(allow_origins=["https://acme.example"]))
aws.lambda_.FunctionUrl("public-url", args)
