"""ActiveMQ broker publicly accessible.

expect: any @ jobs
category: exposure
config: {"corpus:mqPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cfg = pulumi.Config()
aws.mq.Broker("jobs", broker_name="jobs", engine_type="ActiveMQ", engine_version="5.18", host_instance_type="mq.t3.micro",
              deployment_mode="SINGLE_INSTANCE", publicly_accessible=True, auto_minor_version_upgrade=True,
              users=[{"username": "app", "password": cfg.require_secret("mqPassword")}],
              logs={"general": True, "audit": True})
