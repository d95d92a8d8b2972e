"""Lambda permission for principal * with no source conditions, added through a helper.

expect: any @ allow-invoke
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/*:*"}])

fn = aws.lambda_.Function("hook-fn", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))


def allow(name, function, principal="*", **conditions):
    return aws.lambda_.Permission(name, function=function.name, action="lambda:InvokeFunction", principal=principal, **conditions)


allow("allow-invoke", fn)
