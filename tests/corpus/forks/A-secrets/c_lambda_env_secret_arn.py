"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

logs_key = cmk("logs-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "logs", "Effect": "Allow", "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
         "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}},
    ],
}))

role = service_role("orders-fn-role", "lambda.amazonaws.com", managed=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])
secret = aws.secretsmanager.Secret("orders-db", kms_key_id=cmk("orders-secret-key").arn)
aws.iam.RolePolicy("orders-fn-secret", role=role.id, policy=secret.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": arn}]})))
aws.cloudwatch.LogGroup("orders-fn-logs", name="/aws/lambda/orders-fn", retention_in_days=90, kms_key_id=logs_key.arn)
aws.lambda_.Function(
    "orders-fn",
    name="orders-fn",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
    kms_key_arn=cmk("orders-fn-env-key").arn,
    environment={"variables": {"DB_HOST": "orders.internal", "DB_PASSWORD_SECRET_ARN": secret.arn, "LOG_LEVEL": "info"}},
    tracing_config={"mode": "Active"},
)
