"""ActiveMQ broker, private, encrypted with a CMK, logs on, password from config.

expect: clean
config: {"corpus:mqPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cfg = pulumi.Config()
aws.mq.Broker("jobs", broker_name="jobs", engine_type="ActiveMQ", engine_version="5.18", host_instance_type="mq.m5.large",
              deployment_mode="ACTIVE_STANDBY_MULTI_AZ", publicly_accessible=False, auto_minor_version_upgrade=True,
              subnet_ids=kit.SUBNETS, security_groups=[kit.SG],
              encryption_options={"use_aws_owned_key": False, "kms_key_id": kit.cmk("mq-key").arn},
              users=[{"username": "app", "password": cfg.require_secret("mqPassword")}],
              logs={"general": True, "audit": True})
