"""MSK cluster with public access and unauthenticated clients.

expect: any @ stream
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("msk-key")


def kafka(name, encryption_info, **extra):
    return aws.msk.Cluster(
        name,
        kafka_version="3.6.0",
        number_of_broker_nodes=2,
        broker_node_group_info={"instance_type": "kafka.m5.large", "client_subnets": kit.SUBNETS,
                                "security_groups": [kit.SG], "storage_info": {"ebs_storage_info": {"volume_size": 100}}},
        encryption_info=encryption_info,
        **extra,
    )

aws.msk.Cluster(
    "stream",
    kafka_version="3.6.0",
    number_of_broker_nodes=2,
    client_authentication={"unauthenticated": True},
    broker_node_group_info={"instance_type": "kafka.m5.large", "client_subnets": kit.SUBNETS, "security_groups": [kit.SG],
                            "connectivity_info": {"public_access": {"type": "SERVICE_PROVIDED_EIPS"}}},
    encryption_info={"encryption_at_rest_kms_key_arn": key.arn,
                     "encryption_in_transit": {"client_broker": "TLS", "in_cluster": True}},
)
