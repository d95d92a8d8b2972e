"""An ASG whose Owner tag is not propagated at launch (and whose other required tags only come from defaultTags).

expect: asg-propagate-tags @ workers-asg
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("workers-lt")
aws.autoscaling.Group(
    "workers-asg",
    min_size=1,
    max_size=4,
    vpc_zone_identifiers=kit.PRIVATE_SUBNETS,
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=[{"key": "Owner", "value": "platform-team", "propagate_at_launch": False}],
)
