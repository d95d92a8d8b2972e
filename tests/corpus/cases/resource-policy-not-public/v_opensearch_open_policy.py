"""A public OpenSearch domain whose access policy lets anyone call es:* (no condition).

expect: resource-policy-not-public @ open-search
"""

import json

import pulumi_aws as aws

aws.opensearch.Domain(
    "open-search",
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search"},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
    access_policies=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": "*"}],
        }
    ),
)
