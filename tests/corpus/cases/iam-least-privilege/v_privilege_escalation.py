"""CreatePolicyVersion + SetDefaultPolicyVersion on a named policy: can rewrite its own permissions.

expect: iam-least-privilege @ self-editor
"""
import json

import pulumi_aws as aws

aws.iam.Policy("self-editor", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"],
                   "Resource": "arn:aws:iam::123456789012:policy/app-policy"}],
}))
