"""Three of the four required tags (CostCenter forgotten), all propagated.

expect: asg-propagate-tags @ batch
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus"}
lt = compliant_launch_template("batch")
aws.autoscaling.Group(
    "batch",
    min_size=0,
    max_size=4,
    vpc_zone_identifiers=[SUBNET],
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
