"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

task = aws.ecs.TaskDefinition(
    "files-task",
    family="files",
    cpu="256",
    memory="512",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    container_definitions=json.dumps([{"name": "files", "image": "acme/files:1", "essential": True, "privileged": False,
                                       "readonlyRootFilesystem": True,
                                       "mountPoints": [{"sourceVolume": "shared", "containerPath": "/data"}]}]),
    volumes=[{"name": "shared", "efs_volume_configuration": {"file_system_id": "fs-0123456789abcdef0",
                                                              "transit_encryption": "ENABLED",
                                                              "authorization_config": {"iam": "ENABLED"}}}],
)
aws.ecs.Service(
    "files-svc",
    cluster=f"arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/main",
    task_definition=task.arn,
    desired_count=2,
    launch_type="FARGATE",
    network_configuration={"subnets": SUBNETS, "security_groups": [SG], "assign_public_ip": False},
)
