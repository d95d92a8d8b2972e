"""expect: any @ web-svc
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ecs.Service(
    "web-svc",
    cluster=f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/main",
    task_definition="web:7",
    desired_count=2,
    launch_type="FARGATE",
    network_configuration={"subnets": SUBNETS, "security_groups": [SG], "assign_public_ip": True},
)
