"""expect: any @ partners-bus-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

bus = aws.cloudwatch.EventBus("partners-bus", name="partners")
aws.cloudwatch.EventBusPolicy(
    "partners-bus-policy",
    event_bus_name=bus.name,
    policy=bus.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "anyone", "Effect": "Allow", "Principal": "*", "Action": "events:PutEvents", "Resource": arn}],
    })),
)
