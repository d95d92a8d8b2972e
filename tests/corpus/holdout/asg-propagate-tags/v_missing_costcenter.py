"""An ASG that propagates Owner, Environment and Project but lacks CostCenter.

expect: asg-propagate-tags @ api-asg
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("api-asg-lt")
aws.autoscaling.Group(
    "api-asg",
    min_size=2,
    max_size=6,
    vpc_zone_identifiers=kit.PRIVATE_SUBNETS,
    launch_template=aws.autoscaling.GroupLaunchTemplateArgs(id=lt.id, version="$Default"),
    tags=[
        aws.autoscaling.GroupTagArgs(key=k, value=v, propagate_at_launch=True)
        for k, v in {"Owner": "platform-team", "Environment": "test", "Project": "corpus"}.items()
    ],
)
