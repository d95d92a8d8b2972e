"""SSE enabled without a key ARN: DynamoDB uses the AWS-managed aws/dynamodb key, not a customer-managed one.

expect: dynamodb-kms @ sessions
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "sessions",
    billing_mode="PAY_PER_REQUEST",
    hash_key="pk",
    attributes=[aws.dynamodb.TableAttributeArgs(name="pk", type="S")],
    server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(enabled=True),
    point_in_time_recovery={"enabled": True},
)
