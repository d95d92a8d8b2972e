"""PLANNED RULE. A Lambda function URL with authorization NONE.

expect: lambda-url-auth @ fn-url
"""

import json

import pulumi
import pulumi_aws as aws

role = aws.iam.Role(
    "fn-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
fn = aws.lambda_.Function(
    "fn",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
)
aws.lambda_.FunctionUrl("fn-url", function_name=fn.name, authorization_type="NONE")
