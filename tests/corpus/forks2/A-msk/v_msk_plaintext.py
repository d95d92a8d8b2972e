"""MSK cluster allowing plaintext between clients and brokers.

expect: any @ stream
category: transit
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

kafka("stream", {"encryption_at_rest_kms_key_arn": key.arn,
                 "encryption_in_transit": {"client_broker": "PLAINTEXT", "in_cluster": True}})
