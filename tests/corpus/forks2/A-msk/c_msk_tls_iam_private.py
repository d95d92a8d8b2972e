"""Private MSK cluster: TLS client-broker and in-cluster, CMK at rest, IAM auth, broker logs to an encrypted log group.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("msk-key", f"logs.{kit.REGION}.amazonaws.com")
logs = kit.log_group("msk-brokers", key)
aws.msk.Cluster("stream", kafka_version="3.6.0", number_of_broker_nodes=2,
    broker_node_group_info={"instance_type": "kafka.m5.large", "client_subnets": kit.SUBNETS, "security_groups": [kit.SG],
                            "storage_info": {"ebs_storage_info": {"volume_size": 100}}},
    client_authentication={"sasl": {"iam": True}, "unauthenticated": False},
    encryption_info={"encryption_at_rest_kms_key_arn": key.arn,
                     "encryption_in_transit": {"client_broker": "TLS", "in_cluster": True}},
    logging_info={"broker_logs": {"cloudwatch_logs": {"enabled": True, "log_group": logs.name}}})
