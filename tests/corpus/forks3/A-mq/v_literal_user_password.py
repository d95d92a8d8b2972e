"""Private RabbitMQ broker whose user password is a literal in the program.
expect: any @ tasks-broker
category: secret
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS

aws.mq.Broker("tasks-broker", broker_name="tasks", engine_type="RabbitMQ", engine_version="3.13",
              host_instance_type="mq.m5.large", publicly_accessible=False, subnet_ids=PRIVATE_SUBNETS[:1],
              auto_minor_version_upgrade=True, users=[aws.mq.BrokerUserArgs(username="worker", password="W0rkerRabbitPass!")])
