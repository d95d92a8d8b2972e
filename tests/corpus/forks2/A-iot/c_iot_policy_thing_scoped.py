"""IoT policy scoped to the connecting thing's own client id and topic.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

prefix = f"arn:aws:iot:{kit.REGION}:{kit.ACCOUNT}"
aws.iot.Policy("device-policy", name="device", policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "iot:Connect", "Resource": f"{prefix}:client/${{iot:Connection.Thing.ThingName}}"},
    {"Effect": "Allow", "Action": "iot:Publish", "Resource": f"{prefix}:topic/devices/${{iot:Connection.Thing.ThingName}}/telemetry"}]}))
