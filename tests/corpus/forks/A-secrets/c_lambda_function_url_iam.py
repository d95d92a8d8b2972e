"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("report-role", "lambda.amazonaws.com", managed=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])
fn = aws.lambda_.Function("report", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))
aws.lambda_.FunctionUrl("report-url", function_name=fn.name, authorization_type="AWS_IAM")
