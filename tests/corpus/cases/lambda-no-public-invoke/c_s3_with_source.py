"""PLANNED RULE edge. S3 may invoke the function, pinned by source_arn and source_account.

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
aws.lambda_.Permission(
    "fn-from-s3",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="s3.amazonaws.com",
    source_arn="arn:aws:s3:::corpus-uploads",
    source_account="123456789012",
)
