"""expect: any @ jobs-mq
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.mq.Broker(
    "jobs-mq",
    broker_name="jobs",
    engine_type="ActiveMQ",
    engine_version="5.18",
    host_instance_type="mq.m5.large",
    deployment_mode="ACTIVE_STANDBY_MULTI_AZ",
    subnet_ids=SUBNETS[:2],
    security_groups=[SG],
    publicly_accessible=False,
    auto_minor_version_upgrade=True,
    users=[{"username": "jobs", "password": "Jobs-Passw0rd-2024"}],
    logs={"general": True, "audit": True},
)
