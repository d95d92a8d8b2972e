"""Direct-put Firehose delivery stream with server-side encryption disabled.

expect: any @ audit-firehose
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("fh-key")
role = kit.service_role("fh-role", "firehose.amazonaws.com", [
    {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation"],
     "Resource": ["arn:aws:s3:::corpus-audit", "arn:aws:s3:::corpus-audit/*"]}])
aws.kinesis.FirehoseDeliveryStream(
    "audit-firehose",
    destination="extended_s3",
    server_side_encryption={"enabled": False},
    extended_s3_configuration={"role_arn": role.arn, "bucket_arn": "arn:aws:s3:::corpus-audit", "kms_key_arn": key.arn},
)
