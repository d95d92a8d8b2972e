"""PLANNED RULE edge. Function URL with AWS_IAM auth and an account-scoped invoke permission.

expect: clean
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
aws.lambda_.FunctionUrl("fn-url", function_name=fn.name, authorization_type="AWS_IAM")
aws.lambda_.Permission(
    "fn-url-invoke",
    action="lambda:InvokeFunctionUrl",
    function=fn.name,
    principal="123456789012",
    function_url_auth_type="AWS_IAM",
)
