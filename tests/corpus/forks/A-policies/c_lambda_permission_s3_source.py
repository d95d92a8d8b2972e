"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("thumb-role", "lambda.amazonaws.com", managed=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])
fn = aws.lambda_.Function("thumb", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))
aws.lambda_.Permission("thumb-from-s3", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
                       source_arn="arn:aws:s3:::acme-uploads", source_account=ACCOUNT)
