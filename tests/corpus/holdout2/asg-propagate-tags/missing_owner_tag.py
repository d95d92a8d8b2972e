"""An ASG that propagates its tags but only carries three of the four required keys
(provider default_tags do not reach ASG tags).

expect: asg-propagate-tags @ batch-asg
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, safe_template

lt = safe_template("batch-lt")
aws.autoscaling.Group(
    "batch-asg",
    min_size=0,
    max_size=10,
    vpc_zone_identifiers=SUBNETS,
    mixed_instances_policy={
        "launch_template": {
            "launch_template_specification": {"launch_template_id": lt.id},
            "overrides": [{"instance_type": "m7g.large"}, {"instance_type": "c7g.large"}],
        }
    },
    tags=[
        aws.autoscaling.GroupTagArgs(key=k, value=v, propagate_at_launch=True)
        for k, v in {"Environment": "test", "Project": "corpus", "CostCenter": "cc-7788"}.items()
    ],
)
