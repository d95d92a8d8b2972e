"""ECS task definition passing an AWS secret key through plain environment variables.

expect: any @ api-task
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

exec_role = kit.service_role("task-exec", "ecs-tasks.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/ecs/api:*"}])

containers = [{
    "name": "api", "image": f"{kit.ACCOUNT}.dkr.ecr.{kit.REGION}.amazonaws.com/api:1.4.2", "essential": True,
    "portMappings": [{"containerPort": 8080}],
    "environment": [{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},
                    {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}],
}]
aws.ecs.TaskDefinition("api-task", family="api", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
                       cpu="256", memory="512", execution_role_arn=exec_role.arn,
                       container_definitions=json.dumps(containers))
