"""VPC domain, encrypted at rest and in transit, fine-grained access control, audit logs off (not required).
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, private_sg

sg = private_sg("search-sg", 443)
aws.opensearch.Domain("catalog-search", engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "r6g.large.search", "instance_count": 3, "zone_awareness_enabled": True,
                    "zone_awareness_config": {"availability_zone_count": 2}, "dedicated_master_enabled": True,
                    "dedicated_master_type": "m6g.large.search", "dedicated_master_count": 3},
    ebs_options={"ebs_enabled": True, "volume_size": 100, "volume_type": "gp3"},
    encrypt_at_rest={"enabled": True}, node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"},
    advanced_security_options={"enabled": True, "internal_user_database_enabled": False,
                               "master_user_options": {"master_user_arn": "arn:aws:iam::123456789012:role/search-admin"}},
    vpc_options={"subnet_ids": PRIVATE_SUBNETS, "security_group_ids": [sg.id]})
