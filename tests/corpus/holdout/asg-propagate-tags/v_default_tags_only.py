"""An ASG with no tags of its own: provider default_tags do not reach ASG tags (or the instances it launches).

expect: asg-propagate-tags @ bare-asg
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("bare-lt")
aws.autoscaling.Group(
    "bare-asg", min_size=1, max_size=2, vpc_zone_identifiers=kit.PRIVATE_SUBNETS, launch_template={"id": lt.id}
)
