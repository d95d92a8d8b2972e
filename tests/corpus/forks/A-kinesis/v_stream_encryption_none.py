"""expect: any @ events
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.kinesis.Stream(
    "events",
    stream_mode_details={"stream_mode": "ON_DEMAND"},
    encryption_type="NONE",
    retention_period=24,
)
