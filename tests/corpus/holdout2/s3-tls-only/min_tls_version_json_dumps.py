"""A TLS deny written with Output.json_dumps, keyed on aws:SecureTransport and an s3:TlsVersion floor.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("invoices", policy=False)
aws.s3.BucketPolicy(
    "invoices-pol",
    bucket=b.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "NoHttp",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": [b.arn, pulumi.Output.format("{0}/*", b.arn)],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                },
                {
                    "Sid": "Tls12",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": [b.arn, pulumi.Output.format("{0}/*", b.arn)],
                    "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
                },
            ],
        }
    ),
)
