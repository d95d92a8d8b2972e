"""All required tags present, one not propagated at launch.

expect: asg-propagate-tags @ api
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

lt = compliant_launch_template("api")
aws.autoscaling.Group(
    "api",
    min_size=1,
    max_size=2,
    vpc_zone_identifiers=[SUBNET],
    launch_template={"id": lt.id, "version": "$Latest"},
    tags=[
        aws.autoscaling.GroupTagArgs(key="Owner", value="platform-team", propagate_at_launch=True),
        aws.autoscaling.GroupTagArgs(key="Environment", value="test", propagate_at_launch=True),
        aws.autoscaling.GroupTagArgs(key="Project", value="corpus", propagate_at_launch=True),
        aws.autoscaling.GroupTagArgs(key="CostCenter", value="cc-1234", propagate_at_launch=False),
    ],
)
