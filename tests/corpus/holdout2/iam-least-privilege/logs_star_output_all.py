"""A Lambda role policy assembled with Output.all(...).apply(json.dumps) that grants "logs:*".

expect: iam-least-privilege @ collector-policy
mode: plain-only
"""

import json

import pulumi
import pulumi_aws as aws
from holdout2_kit import cmk, trust

q = aws.sqs.Queue("collector-q", kms_master_key_id=cmk("collector-key").arn)
r = aws.iam.Role("collector", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy(
    "collector-policy",
    role=r.id,
    policy=pulumi.Output.all(q.arn).apply(
        lambda a: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"], "Resource": a[0]},
                    {
                        "Effect": "Allow",
                        "Action": "logs:*",
                        "Resource": "arn:aws:logs:eu-west-1:345678901234:log-group:/aws/lambda/collector*",
                    },
                ],
            }
        )
    ),
)
