"""Firehose with server-side encryption (AWS owned key) to S3 with a KMS key for objects.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import service_role

role = service_role("events-firehose-role", "firehose.amazonaws.com", {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["s3:PutObject", "s3:GetBucketLocation"],
     "Resource": ["arn:aws:s3:::events-archive-123456789012", "arn:aws:s3:::events-archive-123456789012/*"]}]})
aws.kinesis.FirehoseDeliveryStream("events-firehose", destination="extended_s3",
    server_side_encryption={"enabled": True, "key_type": "AWS_OWNED_CMK"},
    extended_s3_configuration={"role_arn": role.arn, "bucket_arn": "arn:aws:s3:::events-archive-123456789012",
                               "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111aaaa-22bb-33cc-44dd-555555eeeeee"})
