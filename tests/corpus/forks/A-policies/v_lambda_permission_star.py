"""expect: any @ hook-invoke
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("hook-role", "lambda.amazonaws.com", managed=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])
fn = aws.lambda_.Function("hook", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))
aws.lambda_.Permission("hook-invoke", action="lambda:InvokeFunction", function=fn.name, principal="*")
