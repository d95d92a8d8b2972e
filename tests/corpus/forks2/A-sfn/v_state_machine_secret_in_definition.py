"""Step Functions state machine whose definition carries a bearer token in an HTTP task's headers. Unsure: whether the claim covers definitions.

expect: any @ notify-sm
unsure: yes
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("sm-role", "states.amazonaws.com", [
    {"Effect": "Allow", "Action": "states:InvokeHTTPEndpoint",
     "Resource": f"arn:aws:states:{kit.REGION}:{kit.ACCOUNT}:stateMachine:notify"}])
definition = {
    "StartAt": "Call",
    "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
                        "Parameters": {"ApiEndpoint": "https://api.example.com/notify", "Method": "POST",
                                       "Headers": {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.abc"},
                                       "Authentication": {"ConnectionArn": f"arn:aws:events:{kit.REGION}:{kit.ACCOUNT}:connection/notify/1"}}}},
}
aws.sfn.StateMachine("notify-sm", name="notify", role_arn=role.arn, definition=json.dumps(definition))
