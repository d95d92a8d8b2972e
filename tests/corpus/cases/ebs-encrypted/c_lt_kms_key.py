"""Launch template volumes encrypted with a customer key (LaunchTemplate*Args classes).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

key = aws.kms.Key("ebs-key", enable_key_rotation=True)
compliant_launch_template(
    "queue-worker",
    block_device_mappings=[
        aws.ec2.LaunchTemplateBlockDeviceMappingArgs(
            device_name="/dev/xvda",
            ebs=aws.ec2.LaunchTemplateBlockDeviceMappingEbsArgs(
                volume_size=30, encrypted="true", kms_key_id=key.arn, delete_on_termination="true"
            ),
        )
    ],
)
