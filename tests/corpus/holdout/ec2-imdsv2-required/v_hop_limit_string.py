"""An instance requiring tokens but with hop limit 3 given as a string from config (containers two hops away).

expect: ec2-imdsv2-required @ k8s-node
"""

import holdout_kit as kit
import pulumi_aws as aws

hop = "3"
aws.ec2.Instance(
    "k8s-node",
    ami=kit.AMI_ID,
    instance_type="t3.xlarge",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": int(hop)},
)
