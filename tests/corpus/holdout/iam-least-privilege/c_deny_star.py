"""A permissions policy with a broad Deny '*' statement (denies are not grants) plus a scoped allow.

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "region-fence",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Action": "*",
                    "Resource": "*",
                    "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}},
                },
                {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:eu-west-1:210987654321:orders"},
            ],
        }
    ),
)
