"""Deprecated Elasticsearch domain in a VPC, encrypted with a CMK, node-to-node TLS, HTTPS with TLS 1.2, access policy for one role.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("search-key")
reader = f"arn:aws:iam::{kit.ACCOUNT}:role/search-reader"
aws.elasticsearch.Domain(
    "search",
    domain_name="search",
    elasticsearch_version="7.10",
    cluster_config={"instance_type": "r6g.large.elasticsearch", "instance_count": 2, "zone_awareness_enabled": True,
                    "zone_awareness_config": {"availability_zone_count": 2}},
    ebs_options={"ebs_enabled": True, "volume_size": 20, "volume_type": "gp3"},
    encrypt_at_rest={"enabled": True, "kms_key_id": key.arn},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"},
    vpc_options={"subnet_ids": kit.SUBNETS, "security_group_ids": [kit.SG]},
    access_policies=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": reader}, "Action": ["es:ESHttpGet", "es:ESHttpPost"],
         "Resource": f"arn:aws:es:{kit.REGION}:{kit.ACCOUNT}:domain/search/*"}]}),
)
