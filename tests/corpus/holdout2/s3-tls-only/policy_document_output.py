"""The TLS deny built with get_policy_document_output from the bucket's ARN (unknown until the bucket exists).

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("warehouse", policy=False)
doc = aws.iam.get_policy_document_output(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(
            sid="DenyHttp",
            effect="Deny",
            actions=["s3:*"],
            resources=[b.arn, pulumi.Output.concat(b.arn, "/*")],
            principals=[aws.iam.GetPolicyDocumentStatementPrincipalArgs(type="*", identifiers=["*"])],
            conditions=[
                aws.iam.GetPolicyDocumentStatementConditionArgs(
                    test="Bool", variable="aws:SecureTransport", values=["false"]
                )
            ],
        )
    ]
)
aws.s3.BucketPolicy("warehouse-pol", bucket=b.id, policy=doc.json)
