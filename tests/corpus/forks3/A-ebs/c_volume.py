"""Encrypted gp3 volume with a CMK.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("scratch-key")
aws.ebs.Volume("etl-scratch", availability_zone="eu-west-1a", size=200, type="gp3",
               encrypted=True, kms_key_id=key.arn)
