"""An ASG built from a dict of the required tags, all propagated at launch, with a mixed instances policy.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

TAGS = {
    "Owner": "platform-team",
    "Environment": "test",
    "Project": "corpus",
    "CostCenter": "cc-1234",
    "Name": "queue-workers",
}
lt = kit.private_template("qw-lt")
aws.autoscaling.Group(
    "qw-asg",
    min_size=0,
    max_size=10,
    vpc_zone_identifiers=kit.PRIVATE_SUBNETS,
    mixed_instances_policy={
        "launch_template": {
            "launch_template_specification": {"launch_template_id": lt.id, "version": "$Latest"},
            "overrides": [{"instance_type": "t3.large"}, {"instance_type": "t3a.large"}],
        },
        "instances_distribution": {"on_demand_percentage_above_base_capacity": 0},
    },
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
