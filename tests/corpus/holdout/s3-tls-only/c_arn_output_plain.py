"""The TLS-only policy is built from the bucket's ARN output with Output.json_dumps (unknown in preview).

expect: clean
mode: plain-only
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

bucket = kit.secure_bucket("archive", skip=("policy",))
aws.s3.BucketPolicy(
    "archive-policy",
    bucket=bucket.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "TLS",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": [bucket.arn, pulumi.Output.concat(bucket.arn, "/*")],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
