"""Asymmetric signing and HMAC keys cannot rotate automatically.

expect: clean
"""

import pulumi_aws as aws

aws.kms.Key("signer", customer_master_key_spec="RSA_2048", key_usage="SIGN_VERIFY")
aws.kms.Key("hmac", customer_master_key_spec="HMAC_256", key_usage="GENERATE_VERIFY_MAC")
