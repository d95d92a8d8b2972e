"""Lambda function URL with AWS_IAM auth from typed args.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/web:*"}])
fn = aws.lambda_.Function("web-fn", name="web", runtime="python3.12", handler="app.handler", role=role.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}))
aws.lambda_.FunctionUrl("private-url", aws.lambda_.FunctionUrlArgs(function_name=fn.name, authorization_type="AWS_IAM"))
