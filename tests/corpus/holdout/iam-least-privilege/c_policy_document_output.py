"""get_policy_document_output over a table's ARN output, scoped read/write item actions only.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("inv-key")
table = aws.dynamodb.Table(
    "inventory",
    billing_mode="PAY_PER_REQUEST",
    hash_key="sku",
    attributes=[{"name": "sku", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
doc = aws.iam.get_policy_document_output(
    statements=[
        aws.iam.GetPolicyDocumentStatementArgs(
            effect="Allow", actions=["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], resources=[table.arn]
        )
    ]
)
role = aws.iam.Role("inventory-fn", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.RolePolicy("inventory-fn-table", role=role.id, policy=doc.json)
