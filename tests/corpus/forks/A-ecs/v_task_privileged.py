"""expect: any @ agent-task
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ecs.TaskDefinition(
    "agent-task",
    family="agent",
    requires_compatibilities=["EC2"],
    network_mode="bridge",
    container_definitions=json.dumps([{
        "name": "agent",
        "image": "public.ecr.aws/acme/agent:1.4.2",
        "memory": 256,
        "essential": True,
        "privileged": True,
    }]),
)
