"""An ASG without tag blocks: provider default tags do not reach the instances it launches.

expect: asg-propagate-tags @ workers
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, compliant_launch_template

lt = compliant_launch_template("workers")
aws.autoscaling.Group(
    "workers", min_size=1, max_size=2, vpc_zone_identifiers=[SUBNET], launch_template={"id": lt.id, "version": "$Latest"}
)
