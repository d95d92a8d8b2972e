"""Under prod's config, an instance on m7g.xlarge (in the allow-list) with everything else hardened.

expect: clean
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.Instance(
    "prod-app",
    ami=kit.AMI_ID,
    instance_type="m7g.xlarge",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    metadata_options=kit.imds_v2(),
    root_block_device={"encrypted": True, "volume_type": "gp3"},
)
