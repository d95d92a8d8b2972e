"""Domain on a public endpoint (no vpc_options), encrypted, no access policy (FSBP Opensearch.2: domains in a VPC).
expect: any @ public-search
category: exposure
unsure: yes
"""
import pulumi_aws as aws

aws.opensearch.Domain("public-search", engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search"}, ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True}, node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})
