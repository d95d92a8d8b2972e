"""A symmetric key with enable_key_rotation=False explicitly and a custom rotation period set anyway.

expect: kms-key-rotation @ tenant-key
"""

import pulumi_aws as aws

aws.kms.Key(
    "tenant-key",
    aws.kms.KeyArgs(
        key_usage="ENCRYPT_DECRYPT",
        customer_master_key_spec="SYMMETRIC_DEFAULT",
        enable_key_rotation=False,
        rotation_period_in_days=180,
    ),
)
