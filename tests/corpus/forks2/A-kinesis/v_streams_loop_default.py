"""Kinesis streams created in a loop, encryption left at its default (none).

expect: any @ events-orders | events-payments
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

for topic in ["orders", "payments"]:
    aws.kinesis.Stream(f"events-{topic}", stream_mode_details={"stream_mode": "ON_DEMAND"})
