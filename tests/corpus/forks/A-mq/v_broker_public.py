"""expect: any @ orders-mq
category: exposure
config: {"corpus:mqPassword": "correct-horse-battery-staple-9"}
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.mq.Broker(
    "orders-mq",
    broker_name="orders",
    engine_type="RabbitMQ",
    engine_version="3.13",
    host_instance_type="mq.m5.large",
    deployment_mode="CLUSTER_MULTI_AZ",
    publicly_accessible=True,
    auto_minor_version_upgrade=True,
    users=[{"username": "app", "password": pulumi.Config().require_secret("mqPassword")}],
    logs={"general": True},
)
