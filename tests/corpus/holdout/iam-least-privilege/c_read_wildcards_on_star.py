"""Read-only wildcards (s3:Get*, s3:List*) on '*': not service-wide, not writes (broad, but not what the claim forbids).

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "inventory-reader",
    policy=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:List*", "s3:Get*"], "Resource": "*"}]}
    ),
)
