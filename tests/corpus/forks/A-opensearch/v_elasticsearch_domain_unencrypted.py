"""expect: any @ legacy-es
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

# still on the deprecated Elasticsearch resource
aws.elasticsearch.Domain(
    "legacy-es",
    elasticsearch_version="7.10",
    cluster_config={"instance_type": "r5.large.elasticsearch", "instance_count": 2, "zone_awareness_enabled": True},
    ebs_options={"ebs_enabled": True, "volume_size": 50},
    vpc_options={"subnet_ids": SUBNETS[:2], "security_group_ids": [SG]},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
    node_to_node_encryption={"enabled": True},
)
