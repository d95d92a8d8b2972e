"""TLS-only policy written with aws.iam.get_policy_document (a data source call).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("docpolicy", policy=False)
doc = aws.iam.get_policy_document(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(
            sid="DenyInsecureTransport",
            effect="Deny",
            principals=[aws.iam.GetPolicyDocumentStatementPrincipalArgs(type="*", identifiers=["*"])],
            actions=["s3:*"],
            resources=["arn:aws:s3:::corpus-docpolicy", "arn:aws:s3:::corpus-docpolicy/*"],
            conditions=[
                aws.iam.GetPolicyDocumentStatementConditionArgs(
                    test="Bool", variable="aws:SecureTransport", values=["false"]
                )
            ],
        )
    ]
)
aws.s3.BucketPolicy("docpolicy-policy", bucket=b.id, policy=doc.json)
