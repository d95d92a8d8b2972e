"""expect: any @ orders-kafka
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.msk.Cluster(
    "orders-kafka",
    cluster_name="events",
    kafka_version="3.6.0",
    number_of_broker_nodes=3,
    broker_node_group_info={"instance_type": "kafka.m7g.large", "client_subnets": SUBNETS, "security_groups": [SG],
                            "storage_info": {"ebs_storage_info": {"volume_size": 500}}},
    encryption_info={"encryption_in_transit": {"client_broker": "TLS_PLAINTEXT"}},
)
