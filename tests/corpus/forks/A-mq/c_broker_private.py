"""expect: clean
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
    subnet_ids=SUBNETS[:2],
    security_groups=[SG],
    publicly_accessible=False,
    auto_minor_version_upgrade=True,
    encryption_options={"use_aws_owned_key": False, "kms_key_id": cmk("mq-key").arn},
    users=[{"username": "app", "password": pulumi.Config().require_secret("mqPassword")}],
    logs={"general": True},
)
