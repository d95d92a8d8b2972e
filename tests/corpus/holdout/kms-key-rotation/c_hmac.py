"""An HMAC key (GENERATE_VERIFY_MAC): AWS does not rotate HMAC keys.

expect: clean
"""

import pulumi_aws as aws

aws.kms.Key("webhook-hmac", aws.kms.KeyArgs(key_usage="GENERATE_VERIFY_MAC", customer_master_key_spec="HMAC_256"))
