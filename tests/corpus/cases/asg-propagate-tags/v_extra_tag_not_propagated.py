"""Required tags propagated, but an extra Name tag is not ("propagate every tag").

expect: asg-propagate-tags @ web
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
lt = compliant_launch_template("web")
tags = [{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()]
tags.append({"key": "Name", "value": "web", "propagate_at_launch": False})
aws.autoscaling.Group(
    "web",
    min_size=1,
    max_size=2,
    vpc_zone_identifiers=[SUBNET],
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=tags,
)
