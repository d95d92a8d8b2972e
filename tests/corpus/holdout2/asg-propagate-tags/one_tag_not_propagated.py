"""An ASG whose tags are built from a dict, with CostCenter not propagated to instances.

expect: asg-propagate-tags @ workers-asg
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, TAGS, safe_template

lt = safe_template("workers-lt")
aws.autoscaling.Group(
    "workers-asg",
    min_size=1,
    max_size=4,
    vpc_zone_identifiers=SUBNETS,
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=[{"key": k, "value": v, "propagate_at_launch": k != "CostCenter"} for k, v in TAGS.items()],
)
