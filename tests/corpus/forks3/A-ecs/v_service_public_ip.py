"""Fargate service with assign_public_ip=True. FSBP ECS.2.
expect: any @ worker-svc
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import PUBLIC_SUBNETS

cluster = aws.ecs.Cluster("jobs", settings=[{"name": "containerInsights", "value": "enabled"}])
aws.ecs.Service("worker-svc", cluster=cluster.arn, task_definition="worker:3", desired_count=2, launch_type="FARGATE",
    network_configuration={"subnets": PUBLIC_SUBNETS, "assign_public_ip": True, "security_groups": ["sg-0123456789abcdef0"]})
