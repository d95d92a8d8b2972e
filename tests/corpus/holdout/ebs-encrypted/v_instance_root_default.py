"""An instance with no root_block_device settings at all (root inherits the AMI's unencrypted snapshot).

expect: ebs-encrypted @ bastion
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.Instance(
    "bastion",
    aws.ec2.InstanceArgs(
        ami=kit.AMI_ID,
        instance_type="t3.nano",
        subnet_id=kit.PRIVATE_SUBNETS[1],
        associate_public_ip_address=False,
        metadata_options=aws.ec2.InstanceMetadataOptionsArgs(
            http_tokens="required", http_endpoint="enabled", http_put_response_hop_limit=1
        ),
    ),
)
