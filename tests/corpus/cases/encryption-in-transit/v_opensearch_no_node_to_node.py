"""An OpenSearch domain encrypted at rest but without node-to-node encryption (blind test).

expect: encryption-in-transit @ search
"""

import pulumi_aws as aws

aws.opensearch.Domain(
    "search",
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search", "instance_count": 1},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
)
