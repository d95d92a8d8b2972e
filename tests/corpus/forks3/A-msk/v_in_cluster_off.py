"""MSK with in-cluster encryption disabled.
expect: any @ telemetry-kafka
category: transit
"""
import pulumi_aws as aws

aws.msk.Cluster("telemetry-kafka", kafka_version="3.6.0", number_of_broker_nodes=3,
    broker_node_group_info=aws.msk.ClusterBrokerNodeGroupInfoArgs(instance_type="kafka.m5.large",
        client_subnets=["subnet-a1", "subnet-b2", "subnet-c3"], security_groups=["sg-0123456789abcdef0"]),
    encryption_info=aws.msk.ClusterEncryptionInfoArgs(
        encryption_in_transit=aws.msk.ClusterEncryptionInfoEncryptionInTransitArgs(client_broker="TLS", in_cluster=False)))
