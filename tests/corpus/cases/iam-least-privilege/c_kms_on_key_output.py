"""KMS use on the key's own ARN, written with Output.json_dumps and attached by a RolePolicyAttachment.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

key = aws.kms.Key("app-key", enable_key_rotation=True)
role = aws.iam.Role(
    "app",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
policy = aws.iam.Policy(
    "app-kms",
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": [key.arn]}],
        }
    ),
)
aws.iam.RolePolicyAttachment("app-kms-attach", role=role.name, policy_arn=policy.arn)
