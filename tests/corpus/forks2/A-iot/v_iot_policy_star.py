"""IoT policy granting iot:* on every resource to any certificate it is attached to. Unsure: an IoT policy is not a public resource policy, it is over-broad device permissions.

expect: any @ device-policy
unsure: yes
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.iot.Policy("device-policy", name="device", policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "iot:*", "Resource": "*"}]}))
