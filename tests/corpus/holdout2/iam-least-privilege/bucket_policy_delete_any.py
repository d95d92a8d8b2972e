"""A bucket policy (besides the TLS deny) that lets a role delete objects with a wildcard action on the bucket.

expect: iam-least-privilege @ archive-pol
"""

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, bucket_policy_json, private_bucket

b = private_bucket("archive", policy=False)
aws.s3.BucketPolicy(
    "archive-pol",
    bucket=b.id,
    policy=bucket_policy_json(
        "h2-archive",
        {
            "Sid": "Janitor",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/janitor"},
            "Action": "s3:*",
            "Resource": ["arn:aws:s3:::h2-archive", "arn:aws:s3:::h2-archive/*"],
        },
    ),
)
