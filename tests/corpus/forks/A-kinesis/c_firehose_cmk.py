"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("firehose-key")
role = service_role("firehose-role", "firehose.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation", "s3:ListBucket", "s3:AbortMultipartUpload"],
         "Resource": ["arn:aws:s3:::acme-events-archive", "arn:aws:s3:::acme-events-archive/*"]},
    ],
})
aws.kinesis.FirehoseDeliveryStream(
    "events-to-s3",
    destination="extended_s3",
    server_side_encryption={"enabled": True, "key_type": "CUSTOMER_MANAGED_CMK", "key_arn": key.arn},
    extended_s3_configuration={"role_arn": role.arn, "bucket_arn": "arn:aws:s3:::acme-events-archive",
                               "kms_key_arn": key.arn, "buffering_interval": 300},
)
