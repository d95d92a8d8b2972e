"""A standalone volume encrypted with a customer-managed KMS key (kms_key_id by ARN).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("ebs-key")
aws.ebs.Volume(
    "db-vol",
    aws.ebs.VolumeArgs(availability_zone="eu-west-1c", size=500, type="io2", iops=4000, encrypted=True, kms_key_id=key.arn),
)
