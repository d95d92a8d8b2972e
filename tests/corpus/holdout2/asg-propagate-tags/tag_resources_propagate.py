"""An ASG with no inline tags; four aws.autoscaling.Tag resources attach the required tags with propagation.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, TAGS, safe_template

lt = safe_template("api-asg-lt")
asg = aws.autoscaling.Group("api-asg", min_size=2, max_size=6, vpc_zone_identifiers=SUBNETS, launch_template={"id": lt.id})
for k, v in TAGS.items():
    aws.autoscaling.Tag(
        f"api-asg-{k.lower()}", autoscaling_group_name=asg.name, tag={"key": k, "value": v, "propagate_at_launch": True}
    )
