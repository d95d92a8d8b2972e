"""ECS task definition with DB_PASSWORD in its environment, built through Output.json_dumps.

expect: any @ worker-task
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

exec_role = kit.service_role("task-exec", "ecs-tasks.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/ecs/api:*"}])

aws.ecs.TaskDefinition("worker-task", family="worker", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
                       cpu="512", memory="1024", execution_role_arn=exec_role.arn,
                       container_definitions=pulumi.Output.json_dumps([{
                           "name": "worker", "image": "public.ecr.aws/acme/worker:3", "essential": True,
                           "environment": [{"name": "DB_HOST", "value": "db.internal"},
                                           {"name": "DB_PASSWORD", "value": "Pr0duction-Passw0rd"}]}]))
