"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("orders-task", "ecs-tasks.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "metrics", "Effect": "Allow", "Action": ["cloudwatch:PutMetricData", "xray:PutTraceSegments", "xray:PutTelemetryRecords"],
         "Resource": "*"},
        {"Sid": "secret", "Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
         "Resource": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:orders-db-??????"},
        {"Sid": "queue", "Effect": "Allow", "Action": ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"],
         "Resource": f"arn:aws:sqs:{REGION}:{ACCOUNT}:orders-jobs"},
        {"Sid": "params", "Effect": "Allow", "Action": ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath"],
         "Resource": f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter/orders/*"},
        {"Sid": "table", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
         "Resource": [f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/orders"]},
    ],
})
