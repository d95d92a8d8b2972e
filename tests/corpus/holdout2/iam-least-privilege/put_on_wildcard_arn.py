"""A managed policy built with get_policy_document allowing s3:PutObject on every bucket's objects (arn:aws:s3:::*/*).

expect: iam-least-privilege @ uploader-policy
"""

import pulumi_aws as aws

doc = aws.iam.get_policy_document(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(actions=["s3:GetObject", "s3:PutObject"], resources=["arn:aws:s3:::*/*"])
    ]
)
aws.iam.Policy("uploader-policy", policy=doc.json)
