"""Elasticsearch domain whose endpoint options (typed Args) do not enforce HTTPS, given as a string.

expect: any @ search
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

def es_domain(name, **over):
    args = dict(
        elasticsearch_version="7.10",
        cluster_config={"instance_type": "r6g.large.elasticsearch", "instance_count": 2, "zone_awareness_enabled": True},
        ebs_options={"ebs_enabled": True, "volume_size": 20, "volume_type": "gp3"},
        encrypt_at_rest={"enabled": True, "kms_key_id": key.arn},
        node_to_node_encryption={"enabled": True},
        domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
        vpc_options={"subnet_ids": kit.SUBNETS, "security_group_ids": [kit.SG]},
    )
    args.update(over)
    return aws.elasticsearch.Domain(name, **args)


key = kit.cmk("search-key")
es_domain("search", domain_endpoint_options=aws.elasticsearch.DomainDomainEndpointOptionsArgs(enforce_https="false"))
