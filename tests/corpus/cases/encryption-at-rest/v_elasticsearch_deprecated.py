"""The deprecated aws.elasticsearch.Domain without encryption at rest.

expect: encryption-at-rest @ legacy-search
"""

import pulumi_aws as aws

aws.elasticsearch.Domain(
    "legacy-search",
    elasticsearch_version="7.10",
    cluster_config={"instance_type": "t3.small.elasticsearch"},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
)
