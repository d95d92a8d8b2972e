"""An ECS task definition that carries a database password in plain `environment` (blind test).

expect: no-plaintext-secrets @ api-task
"""

import json

import pulumi_aws as aws

aws.ecs.TaskDefinition(
    "api-task",
    family="api",
    requires_compatibilities=["FARGATE"],
    network_mode="awsvpc",
    cpu="256",
    memory="512",
    container_definitions=json.dumps(
        [
            {
                "name": "api",
                "image": "public.ecr.aws/nginx/nginx:stable",
                "essential": True,
                "environment": [
                    {"name": "DB_HOST", "value": "db.internal"},
                    {"name": "DB_PASSWORD", "value": "hunter2-prod"},
                ],
            }
        ]
    ),
)
