"""An instance whose launch template's network interface associates a public IP (string "true").

expect: ec2-no-public-ip @ edge-proxy | edge-lt
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template(
    "edge-lt",
    vpc_security_group_ids=None,
    network_interfaces=[
        {"associate_public_ip_address": "true", "security_groups": [kit.APP_SG], "subnet_id": kit.PRIVATE_SUBNETS[0]}
    ],
)
aws.ec2.Instance("edge-proxy", launch_template={"id": lt.id, "version": "$Latest"})
