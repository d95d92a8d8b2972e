"""KeyArgs with rotation explicitly disabled, explicit SYMMETRIC_DEFAULT spec.

expect: kms-key-rotation @ tokens
"""

import pulumi_aws as aws

aws.kms.Key(
    "tokens",
    aws.kms.KeyArgs(customer_master_key_spec="SYMMETRIC_DEFAULT", key_usage="ENCRYPT_DECRYPT", enable_key_rotation=False),
)
