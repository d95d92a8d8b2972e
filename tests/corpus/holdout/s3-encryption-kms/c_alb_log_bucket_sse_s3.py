"""An ALB access-log bucket on SSE-S3 (ALB log delivery supports only SSE-S3), named in the ALB's access_logs.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

logs = kit.secure_bucket("alb-logs", skip=("sse", "policy"))
aws.s3.BucketServerSideEncryptionConfiguration(
    "alb-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketPolicy(
    "alb-logs-policy",
    bucket=logs.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                kit.deny_insecure("hold-alb-logs"),
                {
                    "Sid": "ElbDelivery",
                    "Effect": "Allow",
                    "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": f"arn:aws:s3:::hold-alb-logs/AWSLogs/{kit.ACCOUNT_ID}/*",
                },
            ],
        }
    ),
)
aws.lb.LoadBalancer(
    "public-alb",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    drop_invalid_header_fields=True,
    access_logs={"bucket": logs.bucket, "enabled": True},
)
