"""Versioning through the InitArgs class form.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("ledger", versioning=False)
aws.s3.BucketVersioning(
    "ledger-versioning",
    aws.s3.BucketVersioningInitArgs(
        bucket=b.bucket,
        versioning_configuration=aws.s3.BucketVersioningVersioningConfigurationArgs(status="Enabled"),
    ),
)
