"""Step Functions logging ALL with execution data to a log group without a KMS key.

expect: any @ sm-logs
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

group = aws.cloudwatch.LogGroup("sm-logs", name="/aws/vendedlogs/states/orders", retention_in_days=365)
role = kit.service_role("sm-role", "states.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery",
                                   "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                                   "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"], "Resource": "*"}])
aws.sfn.StateMachine("orders-sm", name="orders", role_arn=role.arn,
                     definition=json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}),
                     logging_configuration={"log_destination": group.arn.apply(lambda a: f"{a}:*"),
                                            "include_execution_data": True, "level": "ALL"})
