"""An MSK cluster that lets clients talk to brokers in plaintext.

expect: encryption-in-transit @ events
"""

import pulumi_aws as aws

aws.msk.Cluster(
    "events",
    kafka_version="3.6.0",
    number_of_broker_nodes=2,
    broker_node_group_info={
        "instance_type": "kafka.t3.small",
        "client_subnets": ["subnet-0aaa1111bbbb2222c", "subnet-0bbb1111bbbb2222c"],
        "security_groups": ["sg-0aaa1111bbbb2222c"],
    },
    encryption_info={"encryption_in_transit": {"client_broker": "TLS_PLAINTEXT", "in_cluster": True}},
)
