"""Streams built from a config dict, encryption_type "NONE" written out for the dev stream.
expect: any @ stream-audit
category: rest
"""
import pulumi_aws as aws

STREAMS = {"metrics": {"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}, "audit": {"encryption_type": "NONE"}}
for name, enc in STREAMS.items():
    aws.kinesis.Stream(f"stream-{name}", shard_count=1, retention_period=24, **enc)
