"""An instance whose launch template's network interface asks for a public address.

expect: ec2-no-public-ip @ game-server | game-lt
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS, safe_template

lt = safe_template(
    "game-lt",
    vpc_security_group_ids=None,
    network_interfaces=[
        {"device_index": 0, "associate_public_ip_address": "true", "security_groups": [SG], "subnet_id": SUBNETS[0]}
    ],
)
aws.ec2.Instance("game-server", launch_template={"id": lt.id})
