"""The stack turns on EBS encryption by default, so an instance and a volume without explicit flags are fine.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ebs.EncryptionByDefault("ebs-default", enabled=True)
aws.ec2.Instance(
    "batch",
    ami=kit.AMI_ID,
    instance_type="t3.large",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    metadata_options=kit.imds_v2(),
)
aws.ebs.Volume("scratch", availability_zone="eu-west-1b", size=50)
