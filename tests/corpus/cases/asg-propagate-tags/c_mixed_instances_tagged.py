"""Mixed-instances ASG with every tag propagated.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
lt = compliant_launch_template("cheap")
aws.autoscaling.Group(
    "cheap",
    min_size=0,
    max_size=4,
    vpc_zone_identifiers=[SUBNET],
    mixed_instances_policy={
        "launch_template": {
            "launch_template_specification": {"launch_template_id": lt.id, "version": "$Latest"},
            "overrides": [{"instance_type": "t3.micro"}],
        },
    },
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
