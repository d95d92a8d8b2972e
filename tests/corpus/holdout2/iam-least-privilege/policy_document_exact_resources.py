"""get_policy_document_output with writes on exact ARNs of resources created in the same program.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cmk, trust

q = aws.sqs.Queue("ingest", kms_master_key_id=cmk("ingest-q-key").arn)
t = aws.dynamodb.Table(
    "ingest-state",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": cmk("ingest-t-key").arn},
)
doc = aws.iam.get_policy_document_output(
    statements=[
        {"actions": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], "resources": [q.arn]},
        {"actions": ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem"], "resources": [t.arn]},
    ]
)
role = aws.iam.Role("ingest-fn", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy("ingest-fn-policy", role=role.id, policy=doc.json)
