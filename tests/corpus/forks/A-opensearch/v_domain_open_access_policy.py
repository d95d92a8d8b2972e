"""expect: any @ public-search
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

domain_name = "public-search"
aws.opensearch.Domain(
    "public-search",
    domain_name=domain_name,
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search", "instance_count": 1},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
    access_policies=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*",
                       "Resource": f"arn:aws:es:{REGION}:{ACCOUNT}:domain/{domain_name}/*"}],
    }),
)
