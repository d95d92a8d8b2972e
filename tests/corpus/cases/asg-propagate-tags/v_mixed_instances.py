"""Mixed-instances policy ASG whose tags are not propagated at all (propagate omitted = false).

expect: asg-propagate-tags @ spot-fleet
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
lt = compliant_launch_template("spot-fleet")
aws.autoscaling.Group(
    "spot-fleet",
    min_size=0,
    max_size=4,
    vpc_zone_identifiers=[SUBNET],
    mixed_instances_policy={
        "launch_template": {
            "launch_template_specification": {"launch_template_id": lt.id, "version": "$Latest"},
            "overrides": [{"instance_type": "t3.micro"}, {"instance_type": "t3a.micro"}],
        },
        "instances_distribution": {"on_demand_base_capacity": 0, "spot_allocation_strategy": "price-capacity-optimized"},
    },
    tags=[{"key": k, "value": v, "propagate_at_launch": False} for k, v in TAGS.items()],
)
