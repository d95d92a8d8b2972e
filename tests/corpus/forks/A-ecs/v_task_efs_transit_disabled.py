"""expect: any @ files-task
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ecs.TaskDefinition(
    "files-task",
    family="files",
    cpu="256",
    memory="512",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    container_definitions=json.dumps([{"name": "files", "image": "acme/files:1", "essential": True,
                                       "mountPoints": [{"sourceVolume": "shared", "containerPath": "/data"}]}]),
    volumes=[{
        "name": "shared",
        "efs_volume_configuration": {"file_system_id": "fs-0123456789abcdef0", "transit_encryption": "DISABLED"},
    }],
)
