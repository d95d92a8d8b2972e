"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

logs_key = cmk("logs-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "logs", "Effect": "Allow", "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
         "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}},
    ],
}))

logs = aws.cloudwatch.LogGroup("api-logs", name="/ecs/api", retention_in_days=90, kms_key_id=logs_key.arn)
secret_key = cmk("api-secret-key")
db_secret = aws.secretsmanager.Secret("api-db", kms_key_id=secret_key.arn)
exec_role = service_role("api-exec", "ecs-tasks.amazonaws.com",
                         managed=["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"])
aws.iam.RolePolicy("api-exec-secret", role=exec_role.id, policy=pulumi.Output.json_dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": db_secret.arn},
                  {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": secret_key.arn}],
}))
aws.ecs.TaskDefinition(
    "api-task",
    family="api",
    cpu="512",
    memory="1024",
    network_mode="awsvpc",
    requires_compatibilities=["FARGATE"],
    execution_role_arn=exec_role.arn,
    container_definitions=pulumi.Output.json_dumps([{
        "name": "api",
        "image": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/api:2.0.1",
        "essential": True,
        "readonlyRootFilesystem": True,
        "user": "1000",
        "portMappings": [{"containerPort": 8080}],
        "environment": [{"name": "DB_HOST", "value": "orders.internal"}, {"name": "DB_PASSWORD_SECRET_ARN", "value": db_secret.arn}],
        "secrets": [{"name": "DB_PASSWORD", "valueFrom": db_secret.arn}],
        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": logs.name, "awslogs-region": REGION,
                                                                  "awslogs-stream-prefix": "api"}},
    }]),
)
