"""expect: any @ clicks
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.kinesis.Stream("clicks", shard_count=2, retention_period=48)
