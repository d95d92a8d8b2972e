"""A load balancer's access-log bucket with SSE-S3 (AWS delivers LB logs only to SSE-S3 buckets).

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import SG, SUBNET, harden, tls_only_statement

elb_account = aws.elb.get_service_account()
logs = aws.s3.Bucket("lb-logs", bucket="corpus-lb-logs")
harden("lb-logs", logs, "corpus-lb-logs", encryption=False, policy=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "lb-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketPolicy(
    "lb-logs-policy",
    bucket=logs.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-lb-logs"),
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": elb_account.arn},
                    "Action": "s3:PutObject",
                    "Resource": "arn:aws:s3:::corpus-lb-logs/alb/AWSLogs/123456789012/*",
                },
            ],
        }
    ),
)
aws.lb.LoadBalancer(
    "public",
    internal=True,
    subnets=[SUBNET, "subnet-0bbb"],
    security_groups=[SG],
    drop_invalid_header_fields=True,
    access_logs={"bucket": logs.bucket, "prefix": "alb", "enabled": True},
)
