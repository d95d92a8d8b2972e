"""PLANNED RULE. principal '*' for the URL invoke action without source_account/source_arn.

expect: lambda-no-public-invoke @ fn-url-any
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
aws.lambda_.Permission(
    "fn-url-any", action="lambda:InvokeFunctionUrl", function=fn.arn, principal="*", function_url_auth_type="NONE"
)
