"""Amazon MQ RabbitMQ broker publicly accessible, with a literal user password.
expect: any @ events-broker
category: exposure
"""
import pulumi_aws as aws

aws.mq.Broker("events-broker", broker_name="events", engine_type="RabbitMQ", engine_version="3.13",
              host_instance_type="mq.m5.large", publicly_accessible=True, auto_minor_version_upgrade=True,
              users=[{"username": "app", "password": "RabbitPassw0rd123"}])
