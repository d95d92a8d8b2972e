"""RabbitMQ broker with publicly_accessible="true" as a string.

expect: any @ events
category: exposure
config: {"corpus:mqPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cfg = pulumi.Config()
aws.mq.Broker("events", broker_name="events", engine_type="RabbitMQ", engine_version="3.13", host_instance_type="mq.m5.large",
              publicly_accessible="true", auto_minor_version_upgrade=True,
              users=[{"username": "app", "password": cfg.require_secret("mqPassword")}])
