"""EC2-launch ECS task definition with a privileged container.

expect: any @ agent-task
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

exec_role = kit.service_role("task-exec", "ecs-tasks.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/ecs/api:*"}])

aws.ecs.TaskDefinition("agent-task", family="agent", requires_compatibilities=["EC2"], network_mode="bridge",
                       execution_role_arn=exec_role.arn,
                       container_definitions=json.dumps([{"name": "agent", "image": "public.ecr.aws/acme/agent:2.0",
                                                          "memory": 256, "essential": True, "privileged": True}]))
