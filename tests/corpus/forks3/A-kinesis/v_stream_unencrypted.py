"""Clickstream with no server-side encryption (encryption_type defaults to NONE). FSBP Kinesis.1.
expect: any @ clickstream
category: rest
"""
import pulumi_aws as aws

aws.kinesis.Stream("clickstream", retention_period=48,
                   stream_mode_details={"stream_mode": "ON_DEMAND"})
