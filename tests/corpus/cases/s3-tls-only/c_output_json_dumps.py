"""Policy built from the bucket's ARN output with Output.json_dumps (unknown in preview).

expect: clean
"""

import pulumi
import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("outputs", policy=False)
aws.s3.BucketPolicy(
    "outputs-policy",
    bucket=b.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "TLSOnly",
                    "Effect": "Deny",
                    "Principal": {"AWS": "*"},
                    "Action": "s3:*",
                    "Resource": [b.arn, pulumi.Output.concat(b.arn, "/*")],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
