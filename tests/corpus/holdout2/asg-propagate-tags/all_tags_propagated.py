"""An ASG with the four required tags (plus Name) propagated inline, built from a merged dict.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, TAGS, safe_template

lt = safe_template("web-asg-lt")
aws.autoscaling.Group(
    "web-asg",
    min_size=2,
    max_size=4,
    vpc_zone_identifiers=SUBNETS,
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=[
        aws.autoscaling.GroupTagArgs(key=k, value=v, propagate_at_launch=True) for k, v in {**TAGS, "Name": "web"}.items()
    ],
)
