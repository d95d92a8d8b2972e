"""A table with server_side_encryption enabled=False (AWS-owned key).

expect: dynamodb-kms @ feature-flags
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "feature-flags",
    billing_mode="PROVISIONED",
    read_capacity=5,
    write_capacity=5,
    hash_key="flag",
    attributes=[{"name": "flag", "type": "S"}],
    server_side_encryption={"enabled": False},
)
