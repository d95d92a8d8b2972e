"""An ASG's launch template with a mapping whose encrypted flag is the string "false".

expect: ebs-encrypted @ queue-workers-lt
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, TAGS, safe_template

lt = safe_template(
    "queue-workers-lt",
    block_device_mappings=[
        {"device_name": "/dev/xvda", "ebs": {"volume_size": 40, "volume_type": "gp3", "encrypted": "false"}}
    ],
)
aws.autoscaling.Group(
    "queue-workers",
    min_size=1,
    max_size=3,
    vpc_zone_identifiers=SUBNETS,
    launch_template={"id": lt.id},
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
