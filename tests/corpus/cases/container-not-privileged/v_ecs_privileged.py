"""An ECS task definition whose container runs privileged (blind test).

expect: container-not-privileged @ agent-task
"""

import json

import pulumi_aws as aws

aws.ecs.TaskDefinition(
    "agent-task",
    family="agent",
    requires_compatibilities=["EC2"],
    container_definitions=json.dumps(
        [{"name": "agent", "image": "public.ecr.aws/nginx/nginx:stable", "memory": 256, "privileged": True}]
    ),
)
