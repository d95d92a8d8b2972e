"""Imported key material (ExternalKey) and a CloudHSM custom-key-store key: AWS cannot rotate either automatically.

expect: clean
"""

import pulumi
import pulumi_aws as aws

p = pulumi.ResourceOptions(protect=True)
aws.kms.ExternalKey("byok-key", description="bring your own key", deletion_window_in_days=30, opts=p)
aws.kms.Key("hsm-key", custom_key_store_id="cks-1234567890abcdef0", deletion_window_in_days=30, opts=p)
