"""ECS task definition with a DB password in the container's plain environment (FSBP ECS.8).
expect: any @ api-task
category: secret
"""
import json
import pulumi_aws as aws

containers = [{"name": "api", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1.4.2", "essential": True,
               "portMappings": [{"containerPort": 8080}],
               "environment": [{"name": "DATABASE_PASSWORD", "value": "s3cr3t-pr0d-pw"},
                               {"name": "PORT", "value": "8080"}]}]
aws.ecs.TaskDefinition("api-task", family="api", requires_compatibilities=["FARGATE"], network_mode="awsvpc",
    cpu="512", memory="1024", execution_role_arn="arn:aws:iam::123456789012:role/ecsTaskExecution",
    container_definitions=json.dumps(containers))
