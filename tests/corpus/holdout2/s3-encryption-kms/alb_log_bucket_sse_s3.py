"""A bucket that only receives ALB access logs, with SSE-S3 (ALB log delivery requires it).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS, bucket_policy_json, private_bucket

logs = private_bucket("alb-logs", sse="s3", policy=False)
aws.s3.BucketPolicy(
    "alb-logs-pol",
    bucket=logs.id,
    policy=bucket_policy_json(
        "h2-alb-logs",
        {
            "Sid": "ElbLogDelivery",
            "Effect": "Allow",
            "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": "arn:aws:s3:::h2-alb-logs/AWSLogs/345678901234/*",
        },
    ),
)
aws.lb.LoadBalancer(
    "intranet",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
    access_logs={"bucket": logs.bucket, "enabled": True},
)
