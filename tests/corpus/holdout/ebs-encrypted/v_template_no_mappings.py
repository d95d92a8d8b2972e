"""A launch template with IMDSv2 but no block device mappings: the AMI's root volume stays unencrypted.

expect: ebs-encrypted @ api-lt
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.LaunchTemplate(
    "api-lt",
    image_id=kit.AMI_ID,
    instance_type="t3.small",
    metadata_options=kit.imds_v2(),
    vpc_security_group_ids=[kit.APP_SG],
)
