"""s3:PutObject on 'arn:aws:s3:::*' (every bucket's objects, a wildcard ARN).

expect: iam-least-privilege @ backup-writer
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "backup-writer",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:PutObject"], "Resource": "arn:aws:s3:::*"}],
        }
    ),
)
