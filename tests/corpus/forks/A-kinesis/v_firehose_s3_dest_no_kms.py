"""expect: any @ audit-firehose
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

# a direct-put stream whose S3 destination writes without encryption and SSE not set on the stream
aws.kinesis.FirehoseDeliveryStream(
    "audit-firehose",
    destination="extended_s3",
    extended_s3_configuration={
        "role_arn": f"arn:aws:iam::{ACCOUNT}:role/firehose-audit",
        "bucket_arn": "arn:aws:s3:::acme-audit-archive",
    },
)
