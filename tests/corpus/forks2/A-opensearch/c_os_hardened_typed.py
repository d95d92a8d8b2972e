"""OpenSearch domain with typed Args: CMK, node-to-node, HTTPS TLS 1.2 PFS, VPC, fine-grained access with IAM master.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("os-key")
aws.opensearch.Domain(
    "logs",
    engine_version="OpenSearch_2.13",
    cluster_config=aws.opensearch.DomainClusterConfigArgs(instance_type="r6g.large.search", instance_count=2,
                                                          zone_awareness_enabled=True),
    ebs_options=aws.opensearch.DomainEbsOptionsArgs(ebs_enabled=True, volume_size=20),
    encrypt_at_rest=aws.opensearch.DomainEncryptAtRestArgs(enabled="true", kms_key_id=key.arn),
    node_to_node_encryption=aws.opensearch.DomainNodeToNodeEncryptionArgs(enabled=True),
    domain_endpoint_options=aws.opensearch.DomainDomainEndpointOptionsArgs(
        enforce_https=True, tls_security_policy="Policy-Min-TLS-1-2-PFS-2023-10"),
    vpc_options=aws.opensearch.DomainVpcOptionsArgs(subnet_ids=kit.SUBNETS, security_group_ids=[kit.SG]),
    advanced_security_options=aws.opensearch.DomainAdvancedSecurityOptionsArgs(
        enabled=True, internal_user_database_enabled=False,
        master_user_options=aws.opensearch.DomainAdvancedSecurityOptionsMasterUserOptionsArgs(
            master_user_arn=f"arn:aws:iam::{kit.ACCOUNT}:role/search-admin")),
)
