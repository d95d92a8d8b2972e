"""OpenSearch domain built by a helper, node-to-node encryption passed as False.

expect: any @ logs
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("os-key")


def domain(name, *, n2n=True, tls="Policy-Min-TLS-1-2-PFS-2023-10"):
    return aws.opensearch.Domain(
        name,
        engine_version="OpenSearch_2.13",
        cluster_config=aws.opensearch.DomainClusterConfigArgs(instance_type="r6g.large.search", instance_count=2),
        ebs_options=aws.opensearch.DomainEbsOptionsArgs(ebs_enabled=True, volume_size=20),
        encrypt_at_rest=aws.opensearch.DomainEncryptAtRestArgs(enabled=True, kms_key_id=key.arn),
        node_to_node_encryption=aws.opensearch.DomainNodeToNodeEncryptionArgs(enabled=n2n),
        domain_endpoint_options=aws.opensearch.DomainDomainEndpointOptionsArgs(enforce_https=True, tls_security_policy=tls),
        vpc_options=aws.opensearch.DomainVpcOptionsArgs(subnet_ids=kit.SUBNETS, security_group_ids=[kit.SG]),
    )
domain("logs", n2n=False)
