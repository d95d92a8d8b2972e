"""Step Functions with logging at ERROR to a CMK-encrypted log group, no execution data, credentials via an EventBridge connection.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("sm-key", f"logs.{kit.REGION}.amazonaws.com")
group = aws.cloudwatch.LogGroup("sm-logs", name="/aws/vendedlogs/states/notify", kms_key_id=key.arn, retention_in_days=365)
conn_arn = f"arn:aws:events:{kit.REGION}:{kit.ACCOUNT}:connection/notify/1"
role = kit.service_role("sm-role", "states.amazonaws.com", [
    {"Effect": "Allow", "Action": "states:InvokeHTTPEndpoint",
     "Resource": f"arn:aws:states:{kit.REGION}:{kit.ACCOUNT}:stateMachine:notify"},
    {"Effect": "Allow", "Action": "events:RetrieveConnectionCredentials", "Resource": conn_arn},
    # vended-logs delivery: AWS documents these actions with Resource "*" (they support no resource-level scoping)
    {"Effect": "Allow", "Action": ["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                                   "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                                   "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"], "Resource": "*"}])
aws.iam.RolePolicy("sm-role-kms", role=role.id, policy=pulumi.Output.json_dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["kms:GenerateDataKey", "kms:Decrypt"], "Resource": key.arn}]}))
definition = {"StartAt": "Call", "States": {"Call": {
    "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": True,
    "Parameters": {"ApiEndpoint": "https://api.example.com/notify", "Method": "POST",
                   "Authentication": {"ConnectionArn": conn_arn}}}}}
aws.sfn.StateMachine("notify-sm", name="notify", role_arn=role.arn, definition=json.dumps(definition),
                     encryption_configuration={"type": "CUSTOMER_MANAGED_KMS_KEY", "kms_key_id": key.arn,
                                               "kms_data_key_reuse_period_seconds": 300},
                     logging_configuration={"log_destination": group.arn.apply(lambda a: f"{a}:*"),
                                            "include_execution_data": False, "level": "ERROR"})
