"""RolePolicy built with Output.json_dumps, mixing a scoped statement and a kms:* one (the whole document
waits on the key ARN, so it is unknown in preview: plain only).

expect: iam-least-privilege @ worker-policy
mode: plain-only
"""

import json

import pulumi
import pulumi_aws as aws

key = aws.kms.Key("worker-key", enable_key_rotation=True)
role = aws.iam.Role(
    "worker",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
)
aws.iam.RolePolicy(
    "worker-policy",
    role=role.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": key.arn},
                {"Effect": "Allow", "Action": ["kms:*"], "Resource": "*"},
            ],
        }
    ),
)
