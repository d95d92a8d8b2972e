"""get_policy_document_output with a wildcard action, attached as a role policy.

expect: iam-least-privilege @ lambda-policy
"""

import json

import pulumi_aws as aws

role = aws.iam.Role(
    "lambda",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
doc = aws.iam.get_policy_document_output(statements=[{"effect": "Allow", "actions": ["*"], "resources": ["*"]}])
aws.iam.RolePolicy("lambda-policy", role=role.id, policy=doc.json)
