"""Reads that look broad: ec2:Describe* and cloudwatch:Get* on '*', kms:Decrypt on '*' pinned with kms:ViaService.

expect: clean
"""
import json
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("inventory", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy("inventory-read", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": ["ec2:Describe*", "cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], "Resource": "*"},
    {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*",
     "Condition": {"StringEquals": {"kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com"}}}]}))
