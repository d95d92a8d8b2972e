"""Signing (RSA) and HMAC keys cannot rotate automatically; a symmetric key next to them does rotate.

expect: clean
"""

import pulumi
import pulumi_aws as aws

p = pulumi.ResourceOptions(protect=True)
aws.kms.Key("jwt-signing", key_usage="SIGN_VERIFY", customer_master_key_spec="RSA_2048", deletion_window_in_days=30, opts=p)
aws.kms.Key(
    "webhook-hmac", key_usage="GENERATE_VERIFY_MAC", customer_master_key_spec="HMAC_256", deletion_window_in_days=30, opts=p
)
aws.kms.Key("data-key", enable_key_rotation=True, rotation_period_in_days=90, deletion_window_in_days=30, opts=p)
