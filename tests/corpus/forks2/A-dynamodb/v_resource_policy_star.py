"""DynamoDB table resource policy readable by Principal *.

expect: any @ orders-policy | orders
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

table = aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="pk",
                           attributes=[{"name": "pk", "type": "S"}],
                           server_side_encryption={"enabled": True, "kms_key_arn": kit.cmk("ddb-key").arn},
                           point_in_time_recovery={"enabled": True})
aws.dynamodb.ResourcePolicy("orders-policy", resource_arn=table.arn, policy=table.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["dynamodb:GetItem", "dynamodb:Query"], "Resource": arn}]})))
