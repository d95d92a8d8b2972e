"""Instance without root_block_device and no EncryptionByDefault: the AMI's unencrypted root.

expect: ebs-encrypted @ tools
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.Instance(
    "tools",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
