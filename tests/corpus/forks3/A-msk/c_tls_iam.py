"""MSK with TLS only, CMK at rest, IAM client auth.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk, private_sg

key = cmk("kafka-key")
sg = private_sg("payments-kafka-sg", 9098)
aws.msk.Cluster("payments-kafka", kafka_version="3.6.0", number_of_broker_nodes=2,
    broker_node_group_info={"instance_type": "kafka.m5.large", "client_subnets": PRIVATE_SUBNETS,
                            "security_groups": [sg.id], "storage_info": {"ebs_storage_info": {"volume_size": 100}}},
    encryption_info={"encryption_at_rest_kms_key_arn": key.arn,
                     "encryption_in_transit": {"client_broker": "TLS", "in_cluster": True}},
    client_authentication={"sasl": {"iam": True}, "unauthenticated": False})
