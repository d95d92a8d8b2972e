"""expect: any @ events-to-s3
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("firehose-role", "firehose.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation"],
                   "Resource": ["arn:aws:s3:::acme-events-archive", "arn:aws:s3:::acme-events-archive/*"]}],
})
aws.kinesis.FirehoseDeliveryStream(
    "events-to-s3",
    destination="extended_s3",
    server_side_encryption={"enabled": False},
    extended_s3_configuration={
        "role_arn": role.arn,
        "bucket_arn": "arn:aws:s3:::acme-events-archive",
        "buffering_interval": 300,
    },
)
