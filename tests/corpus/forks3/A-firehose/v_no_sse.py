"""Firehose direct-put stream without server-side encryption. FSBP DataFirehose.1.
expect: any @ audit-firehose
category: rest
unsure: yes
"""
import pulumi_aws as aws
from forks3_kit import service_role

role = service_role("firehose-role", "firehose.amazonaws.com", {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["s3:PutObject"], "Resource": "arn:aws:s3:::audit-archive-123456789012/*"}]})
aws.kinesis.FirehoseDeliveryStream("audit-firehose", destination="extended_s3",
    extended_s3_configuration={"role_arn": role.arn, "bucket_arn": "arn:aws:s3:::audit-archive-123456789012"})
