"""An auto-scaling group launching a compliant template, every required tag propagated.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
lt = compliant_launch_template("fleet")
aws.autoscaling.Group(
    "fleet",
    min_size=1,
    max_size=3,
    vpc_zone_identifiers=[SUBNET],
    launch_template={"id": lt.id, "version": lt.latest_version.apply(str)},
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
