"""Standalone encrypted volume with a KMS key, attached to nothing yet.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("data-disk-key", enable_key_rotation=True)
aws.ebs.Volume("data-disk", availability_zone="eu-west-1a", size=100, type="gp3", encrypted=True, kms_key_id=key.arn)
