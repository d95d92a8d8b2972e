"""An asymmetric RSA signing key: AWS cannot rotate it, so rotation is off.

expect: clean
"""

import pulumi_aws as aws

aws.kms.Key(
    "jwt-signing",
    key_usage="SIGN_VERIFY",
    customer_master_key_spec="RSA_2048",
    description="JWT signing",
    deletion_window_in_days=30,
)
