"""Kinesis stream with the AWS managed kinesis key.
expect: clean
"""
import pulumi_aws as aws

aws.kinesis.Stream("events", retention_period=24, encryption_type="KMS", kms_key_id="alias/aws/kinesis",
                   stream_mode_details=aws.kinesis.StreamStreamModeDetailsArgs(stream_mode="ON_DEMAND"))
