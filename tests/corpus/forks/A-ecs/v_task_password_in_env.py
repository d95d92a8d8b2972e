"""expect: any @ api-task
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ecs.TaskDefinition(
    "api-task",
    family="api",
    cpu="512",
    memory="1024",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    execution_role_arn=f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole",
    container_definitions=json.dumps([{
        "name": "api",
        "image": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/api:2.0.1",
        "essential": True,
        "portMappings": [{"containerPort": 8080}],
        "environment": [
            {"name": "DB_HOST", "value": "orders.cluster-abc.eu-west-1.rds.amazonaws.com"},
            {"name": "DB_PASSWORD", "value": "S3cr3t-Passw0rd!"},
        ],
    }]),
)
