"""A policy document (get_policy_document) allowing s3:PutObject on every resource.

expect: iam-least-privilege @ uploader
"""

import pulumi_aws as aws

doc = aws.iam.get_policy_document(
    statements=[{"effect": "Allow", "actions": ["s3:PutObject", "s3:GetObject"], "resources": ["*"]}]
)
aws.iam.Policy("uploader", policy=doc.json)
