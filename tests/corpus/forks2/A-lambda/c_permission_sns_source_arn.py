"""Lambda permission for SNS pinned by source ARN.

expect: clean
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
topic = aws.sns.Topic("hooks", kms_master_key_id=kit.cmk("hooks-key").id)
aws.lambda_.Permission("allow-sns", function=fn.name, action="lambda:InvokeFunction", principal="sns.amazonaws.com",
                       source_arn=topic.arn)
