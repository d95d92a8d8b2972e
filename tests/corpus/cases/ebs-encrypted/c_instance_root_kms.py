"""Instance root and data volumes encrypted with a customer key (Args classes).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

key = aws.kms.Key("host-key", enable_key_rotation=True)
aws.ec2.Instance(
    "host",
    ami=AMI,
    instance_type="t3.small",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options=aws.ec2.InstanceMetadataOptionsArgs(http_tokens="required", http_put_response_hop_limit=1),
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(encrypted=True, kms_key_id=key.arn, volume_size=30),
    ebs_block_devices=[
        aws.ec2.InstanceEbsBlockDeviceArgs(device_name="/dev/sdf", encrypted=True, kms_key_id=key.arn, volume_size=100)
    ],
)
