"""An ASG (e.g. made elsewhere) tagged through separate aws.autoscaling.Tag resources, all propagated.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("nodes-lt")
asg = aws.autoscaling.Group(
    "nodes-asg",
    min_size=1,
    max_size=3,
    vpc_zone_identifiers=kit.PRIVATE_SUBNETS,
    launch_template={"id": lt.id, "version": "$Latest"},
)
for k, v in {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}.items():
    aws.autoscaling.Tag(
        f"nodes-tag-{k.lower()}", autoscaling_group_name=asg.name, tag={"key": k, "value": v, "propagate_at_launch": True}
    )
