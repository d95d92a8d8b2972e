"""expect: any @ search-access
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

domain = aws.opensearch.Domain(
    "search",
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search", "instance_count": 1},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    vpc_options={"subnet_ids": SUBNETS[:1], "security_group_ids": [SG]},
    encrypt_at_rest={"enabled": True},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
)
aws.opensearch.DomainPolicy(
    "search-access",
    domain_name=domain.domain_name,
    access_policies=domain.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": ["es:ESHttpGet", "es:ESHttpPost"], "Resource": f"{arn}/*"}],
    })),
)
