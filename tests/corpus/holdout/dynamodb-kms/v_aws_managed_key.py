"""Encryption enabled without a key ARN: DynamoDB uses the AWS-managed aws/dynamodb key, not a CMK.

expect: dynamodb-kms @ carts
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "carts",
    aws.dynamodb.TableArgs(
        billing_mode="PAY_PER_REQUEST",
        hash_key="pk",
        range_key="sk",
        attributes=[
            aws.dynamodb.TableAttributeArgs(name="pk", type="S"),
            aws.dynamodb.TableAttributeArgs(name="sk", type="S"),
        ],
        server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(enabled=True),
        point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True),
    ),
)
