"""Rotation on with a custom period, and an alias.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("payments", enable_key_rotation=True, rotation_period_in_days=90)
aws.kms.Alias("payments-alias", name="alias/payments", target_key_id=key.key_id)
