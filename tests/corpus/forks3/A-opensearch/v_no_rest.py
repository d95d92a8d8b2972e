"""Search domain without encrypt_at_rest (dict form). FSBP OpenSearch.1.
expect: any @ products-search
category: rest
"""
import pulumi_aws as aws

aws.opensearch.Domain("products-search", engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.medium.search", "instance_count": 2},
    ebs_options={"ebs_enabled": True, "volume_size": 20},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
    vpc_options={"subnet_ids": ["subnet-0aa11bb22cc33dd44"]})
