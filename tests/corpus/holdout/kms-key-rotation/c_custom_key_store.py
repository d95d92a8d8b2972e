"""A symmetric key in a CloudHSM custom key store: AWS cannot rotate it automatically.

expect: clean
"""

import pulumi_aws as aws

aws.kms.Key("hsm-key", custom_key_store_id="cks-1234567890abcdef0", description="HSM-backed", deletion_window_in_days=30)
