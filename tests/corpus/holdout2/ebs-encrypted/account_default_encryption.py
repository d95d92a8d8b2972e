"""The stack turns on EBS encryption by default for the region, then creates a volume without `encrypted`.

expect: clean
"""

import pulumi
import pulumi_aws as aws

default = aws.ebs.EncryptionByDefault("ebs-default", enabled=True)
aws.ebs.Volume(
    "cache-vol", availability_zone="eu-west-1a", size=50, type="gp3", opts=pulumi.ResourceOptions(depends_on=[default])
)
