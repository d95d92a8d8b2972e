"""Fargate task using `secrets` from Secrets Manager, service in private subnets, no public IP.
expect: clean
"""
import json
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, private_sg

cluster = aws.ecs.Cluster("web", settings=[{"name": "containerInsights", "value": "enabled"}])
logs = aws.cloudwatch.LogGroup("web-logs", retention_in_days=30)
task = aws.ecs.TaskDefinition("web-task", family="web", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
    cpu="256", memory="512", execution_role_arn="arn:aws:iam::123456789012:role/ecsTaskExecution",
    container_definitions=logs.name.apply(lambda lg: json.dumps([{
        "name": "web", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:2.0.1", "essential": True,
        "readonlyRootFilesystem": True, "privileged": False, "user": "1000",
        "portMappings": [{"containerPort": 8080}],
        "secrets": [{"name": "DATABASE_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:web-db-AbCdEf"}],
        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": lg, "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "web"}}}])))
sg = private_sg("web-svc-sg", 8080)
aws.ecs.Service("web-svc", cluster=cluster.arn, task_definition=task.arn, desired_count=2, launch_type="FARGATE",
    network_configuration={"subnets": PRIVATE_SUBNETS, "assign_public_ip": False, "security_groups": [sg.id]})
