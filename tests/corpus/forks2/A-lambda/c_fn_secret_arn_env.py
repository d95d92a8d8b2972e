"""Lambda whose environment holds only a secret's ARN and settings, env encrypted with a CMK, private function URL with IAM auth.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("fn-key")
secret_arn = f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:billing/db-AbCdEf"
role = kit.service_role("fn-role", "lambda.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/lambda/billing:*"},
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn}])
fn = aws.lambda_.Function("billing-fn", name="billing", runtime="python3.12", handler="app.handler", role=role.arn,
                          kms_key_arn=key.arn,
                          code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
                          environment={"variables": {"DB_SECRET_ARN": secret_arn, "PASSWORD_MIN_LENGTH": "12",
                                                     "TOKEN_TTL_SECONDS": "900"}})
aws.lambda_.FunctionUrl("billing-url", function_name=fn.name, authorization_type="AWS_IAM")
