"""A bucket policy for CloudTrail delivery: service principal pinned by aws:SourceArn.

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("trail", policy=False)
trail_arn = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/main"
aws.s3.BucketPolicy(
    "trail-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-trail"),
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudtrail.amazonaws.com"},
                    "Action": "s3:GetBucketAcl",
                    "Resource": "arn:aws:s3:::corpus-trail",
                    "Condition": {"StringEquals": {"aws:SourceArn": trail_arn}},
                },
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudtrail.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": "arn:aws:s3:::corpus-trail/AWSLogs/123456789012/*",
                    "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trail_arn}},
                },
            ],
        }
    ),
)
