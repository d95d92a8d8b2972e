"""expect: any @ sync-task
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ecs.TaskDefinition(
    "sync-task",
    family="sync",
    cpu="256",
    memory="512",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    container_definitions=json.dumps([{
        "name": "sync",
        "image": "acme/sync:5",
        "essential": True,
        "environment": [{"name": "GITHUB_TOKEN", "value": "ghp_16C7e42F292c6912E7710c838347Ae178B4a"}],
    }]),
)
