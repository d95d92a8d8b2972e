"""MSK allowing PLAINTEXT between clients and brokers. FSBP MSK.1.
expect: any @ orders-kafka
category: transit
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, private_sg

sg = private_sg("kafka-sg", 9092)
aws.msk.Cluster("orders-kafka", kafka_version="3.6.0", number_of_broker_nodes=2,
    broker_node_group_info={"instance_type": "kafka.m5.large", "client_subnets": PRIVATE_SUBNETS,
                            "security_groups": [sg.id], "storage_info": {"ebs_storage_info": {"volume_size": 100}}},
    encryption_info={"encryption_in_transit": {"client_broker": "TLS_PLAINTEXT", "in_cluster": True}})
