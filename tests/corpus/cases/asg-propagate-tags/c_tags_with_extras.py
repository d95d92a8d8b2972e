"""Required tags plus Name and team tags, all propagated (GroupTagArgs in a comprehension).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

TAGS = {
    "Owner": "platform-team",
    "Environment": "test",
    "Project": "corpus",
    "CostCenter": "cc-1234",
    "Name": "reports",
    "Team": "data",
}
lt = compliant_launch_template("reports")
aws.autoscaling.Group(
    "reports",
    min_size=1,
    max_size=2,
    vpc_zone_identifiers=[SUBNET],
    launch_template=aws.autoscaling.GroupLaunchTemplateArgs(id=lt.id, version="$Latest"),
    tags=[aws.autoscaling.GroupTagArgs(key=k, value=v, propagate_at_launch=True) for k, v in TAGS.items()],
)
