"""A symmetric key rotating every 90 days (rotation_period_in_days), with an alias.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("orders-key", enable_key_rotation=True, rotation_period_in_days=90)
aws.kms.Alias("orders-alias", name="alias/orders", target_key_id=key.key_id)
