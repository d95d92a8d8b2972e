"""Imported key material (ExternalKey) cannot rotate automatically; a normal key next to it rotates.

expect: clean
"""

import pulumi_aws as aws

aws.kms.ExternalKey("byok", description="imported material", deletion_window_in_days=30)
aws.kms.Key("normal", enable_key_rotation=True)
