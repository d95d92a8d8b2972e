"""Public-endpoint domain (no VPC) whose access policy allows es:* to Principal "*" without condition.
expect: any @ docs-search | docs-search-policy
category: resource-policy
"""
import json
import pulumi_aws as aws

domain = aws.opensearch.Domain("docs-search", engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search"}, ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True}, node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})
aws.opensearch.DomainPolicy("docs-search-policy", domain_name=domain.domain_name,
    access_policies=domain.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "es:*", "Resource": f"{arn}/*"}]})))
