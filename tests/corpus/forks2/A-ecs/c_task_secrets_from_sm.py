"""Fargate task definition reading its DB password from Secrets Manager (secrets/valueFrom), non-privileged, read-only root FS, logs to an encrypted group.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("api-key", f"logs.{kit.REGION}.amazonaws.com")
logs = kit.log_group("api", key)
secret_arn = f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:api/db-AbCdEf"
exec_role = kit.service_role("task-exec", "ecs-tasks.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/corpus/api:*"},
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn}])
aws.ecs.TaskDefinition("api-task", family="api", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
                       cpu="256", memory="512", execution_role_arn=exec_role.arn,
                       container_definitions=logs.name.apply(lambda group: json.dumps([{
                           "name": "api", "image": f"{kit.ACCOUNT}.dkr.ecr.{kit.REGION}.amazonaws.com/api:1.4.2",
                           "essential": True, "privileged": False, "readonlyRootFilesystem": True, "user": "1000",
                           "portMappings": [{"containerPort": 8080}],
                           "environment": [{"name": "DB_HOST", "value": "db.internal"}, {"name": "LOG_LEVEL", "value": "info"}],
                           "secrets": [{"name": "DB_PASSWORD", "valueFrom": secret_arn}],
                           "logConfiguration": {"logDriver": "awslogs", "options": {
                               "awslogs-group": group, "awslogs-region": kit.REGION, "awslogs-stream-prefix": "api"}}}])))
