"""expect: any @ catalog-search
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.opensearch.Domain(
    "catalog-search",
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "r6g.large.search", "instance_count": 3, "zone_awareness_enabled": True,
                "zone_awareness_config": {"availability_zone_count": 3},
                "dedicated_master_enabled": True, "dedicated_master_type": "r6g.large.search", "dedicated_master_count": 3},
ebs_options={"ebs_enabled": True, "volume_size": 100, "volume_type": "gp3"},
vpc_options={"subnet_ids": SUBNETS, "security_group_ids": [SG]},
    encrypt_at_rest={"enabled": True},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": False},
)
