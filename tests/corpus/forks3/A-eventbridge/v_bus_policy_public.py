"""Event bus policy letting any principal PutEvents.
expect: any @ partner-bus-policy | partner-bus
category: resource-policy
"""
import json
import pulumi_aws as aws

bus = aws.cloudwatch.EventBus("partner-bus")
aws.cloudwatch.EventBusPolicy("partner-bus-policy", event_bus_name=bus.name,
    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "AnyonePut", "Effect": "Allow", "Principal": "*",
        "Action": "events:PutEvents", "Resource": "arn:aws:events:eu-west-1:123456789012:event-bus/partner-bus"}]}))
