"""Kinesis data stream with encryption_type NONE.

expect: any @ clicks
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.kinesis.Stream("clicks", shard_count=1, retention_period=48, encryption_type="NONE")
