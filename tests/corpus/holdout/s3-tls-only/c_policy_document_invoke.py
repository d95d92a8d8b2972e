"""The TLS-only policy is rendered by aws.iam.get_policy_document (the data source) with known ARNs.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("invoices", skip=("policy",))
doc = aws.iam.get_policy_document(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(
            sid="DenyHttp",
            effect="Deny",
            actions=["s3:*"],
            principals=[aws.iam.GetPolicyDocumentStatementPrincipalArgs(type="*", identifiers=["*"])],
            resources=["arn:aws:s3:::hold-invoices", "arn:aws:s3:::hold-invoices/*"],
            conditions=[
                aws.iam.GetPolicyDocumentStatementConditionArgs(
                    test="Bool", variable="aws:SecureTransport", values=["false"]
                )
            ],
        )
    ]
)
aws.s3.BucketPolicy("invoices-policy", bucket=bucket.id, policy=doc.json)
