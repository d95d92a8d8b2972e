"""Event bus policy: Principal "*" pinned by aws:PrincipalOrgID (the documented cross-account pattern).
expect: clean
"""
import json
import pulumi_aws as aws

bus = aws.cloudwatch.EventBus("org-bus")
aws.cloudwatch.EventBusPolicy("org-bus-policy", event_bus_name=bus.name,
    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "OrgPut", "Effect": "Allow", "Principal": "*",
        "Action": "events:PutEvents", "Resource": "arn:aws:events:eu-west-1:123456789012:event-bus/org-bus",
        "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}}}]}))
