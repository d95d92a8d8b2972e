"""Secret resource policy granting GetSecretValue to Principal "*".
expect: any @ shared-token-policy | shared-token
category: resource-policy
"""
import json
import pulumi_aws as aws

s = aws.secretsmanager.Secret("shared-token")
aws.secretsmanager.SecretPolicy("shared-token-policy", secret_arn=s.arn, policy=json.dumps({
    "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*",
    "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]}))
