"""expect: any @ worker-task
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

queue = aws.sqs.Queue("jobs")
aws.ecs.TaskDefinition(
    "worker-task",
    family="worker",
    cpu="256",
    memory="512",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    container_definitions=pulumi.Output.json_dumps([{
        "name": "worker",
        "image": "acme/worker:3",
        "essential": True,
        "environment": [
            {"name": "QUEUE_URL", "value": queue.url},
            {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
            {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},
        ],
    }]),
)
