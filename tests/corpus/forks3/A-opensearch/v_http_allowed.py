"""Domain encrypted but HTTPS not enforced and no node-to-node encryption. FSBP OpenSearch.3/.8.
expect: any @ logs-search
category: transit
"""
import pulumi_aws as aws

aws.opensearch.Domain("logs-search", engine_version="OpenSearch_2.13",
    cluster_config=aws.opensearch.DomainClusterConfigArgs(instance_type="r6g.large.search", instance_count=3),
    ebs_options=aws.opensearch.DomainEbsOptionsArgs(ebs_enabled=True, volume_size=100),
    encrypt_at_rest=aws.opensearch.DomainEncryptAtRestArgs(enabled=True),
    node_to_node_encryption=aws.opensearch.DomainNodeToNodeEncryptionArgs(enabled=False),
    domain_endpoint_options=aws.opensearch.DomainDomainEndpointOptionsArgs(enforce_https=False),
    vpc_options=aws.opensearch.DomainVpcOptionsArgs(subnet_ids=["subnet-0aa11bb22cc33dd44"]))
