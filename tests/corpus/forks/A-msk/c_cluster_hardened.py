"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

logs_key = cmk("logs-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "logs", "Effect": "Allow", "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
         "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}},
    ],
}))

key = cmk("msk-key")
logs = aws.cloudwatch.LogGroup("msk-logs", name="/msk/events", retention_in_days=90, kms_key_id=logs_key.arn)
aws.msk.Cluster(
    "events-kafka",
    cluster_name="events",
    kafka_version="3.6.0",
    number_of_broker_nodes=3,
    broker_node_group_info={"instance_type": "kafka.m7g.large", "client_subnets": SUBNETS, "security_groups": [SG],
                            "storage_info": {"ebs_storage_info": {"volume_size": 500}},
                            "connectivity_info": {"public_access": {"type": "DISABLED"}}},
    encryption_info={"encryption_at_rest_kms_key_arn": key.arn,
                     "encryption_in_transit": {"client_broker": "TLS", "in_cluster": True}},
    client_authentication={"sasl": {"iam": True}, "unauthenticated": False},
    logging_info={"broker_logs": {"cloudwatch_logs": {"enabled": True, "log_group": logs.name}}},
    enhanced_monitoring="PER_BROKER",
)
