"""Containers, functions and parameters that keep secrets out of plain configuration: clean.

expect: clean
"""

import pulumi
import pulumi_aws as aws

secret = aws.secretsmanager.Secret("db-credentials")
repo = aws.ecr.Repository("api", image_tag_mutability="IMMUTABLE", encryption_configurations=[{"encryption_type": "KMS"}])

aws.ecs.TaskDefinition(
    "api-task",
    family="api",
    requires_compatibilities=["FARGATE"],
    network_mode="awsvpc",
    cpu="256",
    memory="512",
    container_definitions=pulumi.Output.json_dumps(
        [
            {
                "name": "api",
                "image": "public.ecr.aws/nginx/nginx:stable",
                "essential": True,
                "privileged": False,
                "environment": [
                    {"name": "DB_HOST", "value": "db.internal"},
                    {"name": "DB_PASSWORD_SECRET_ARN", "value": secret.arn},
                    {"name": "KMS_KEY_ID", "value": "alias/app"},
                    {"name": "PRIMARY_KEY", "value": "id"},
                    {"name": "TOKEN_TTL_SECONDS", "value": "3600"},
                ],
                "secrets": [{"name": "DB_PASSWORD", "valueFrom": secret.arn}],
            }
        ]
    ),
)
aws.lambda_.Function(
    "notifier",
    role="arn:aws:iam::123456789012:role/notifier",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
    environment={"variables": {"STAGE": "prod", "API_KEY_PARAMETER": "/app/prod/api_key", "SECRET_NAME": "app/prod"}},
)
aws.ssm.Parameter("db-password", name="/app/prod/db_password", type="SecureString", value="placeholder")
aws.ssm.Parameter("feature-flags", name="/app/prod/feature_flags", type="String", value="beta=true")
aws.ecs.Service(
    "api",
    cluster="arn:aws:ecs:eu-west-1:123456789012:cluster/main",
    desired_count=1,
    launch_type="FARGATE",
    task_definition="api:1",
    network_configuration={"subnets": ["subnet-0aaa1111bbbb2222c"], "assign_public_ip": False},
)
