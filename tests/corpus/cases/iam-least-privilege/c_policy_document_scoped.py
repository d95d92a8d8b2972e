"""A scoped policy written with aws.iam.get_policy_document (plain call).

expect: clean
"""

import pulumi_aws as aws

doc = aws.iam.get_policy_document(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(actions=["s3:GetObject"], resources=["arn:aws:s3:::corpus-data/*"]),
        aws.iam.GetPolicyDocumentStatementArgs(actions=["ec2:DescribeInstances"], resources=["*"]),
    ]
)
aws.iam.Policy("doc-reader", policy=doc.json)
