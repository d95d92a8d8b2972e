"""Principal '*' limited to the organisation with aws:PrincipalOrgID.

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("org-shared", policy=False)
aws.s3.BucketPolicy(
    "org-shared-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-org-shared"),
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": "arn:aws:s3:::corpus-org-shared/*",
                    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}},
                },
            ],
        }
    ),
)
