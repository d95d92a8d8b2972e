"""PLANNED RULE edge. PITR on, encrypted with a customer key.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("table-key", enable_key_rotation=True)
aws.dynamodb.Table(
    "orders",
    billing_mode="PAY_PER_REQUEST",
    hash_key="pk",
    range_key="sk",
    attributes=[aws.dynamodb.TableAttributeArgs(name="pk", type="S"), aws.dynamodb.TableAttributeArgs(name="sk", type="S")],
    point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True),
    server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(enabled=True, kms_key_arn=key.arn),
)
