"""Services a fork adds, configured correctly: no mandatory violation from the derived rules.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws
from corpus_kit import rotating_key

key = rotating_key("data")

aws.elasticache.ReplicationGroup(
    "sessions",
    description="session cache",
    engine="redis",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    at_rest_encryption_enabled=True,
    transit_encryption_enabled=True,
    kms_key_id=key.arn,
)
aws.elasticache.ReplicationGroup(
    "valkey-cache",
    description="valkey encrypts at rest by default",
    engine="valkey",
    node_type="cache.t4g.small",
    num_cache_clusters=1,
    transit_encryption_enabled="true",
)
aws.kinesis.Stream("clickstream", shard_count=1, encryption_type="KMS", kms_key_id="alias/aws/kinesis")
aws.kinesis.Stream("audit", shard_count=1, encryption_type="KMS", kms_key_id=key.arn)
aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.large",
    master_username="admin",
    manage_master_password=True,
    skip_final_snapshot=True,
)
aws.docdb.Cluster(
    "catalog",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=key.arn,
    skip_final_snapshot=True,
)
aws.msk.Cluster(
    "events",
    kafka_version="3.6.0",
    number_of_broker_nodes=2,
    broker_node_group_info={
        "instance_type": "kafka.t3.small",
        "client_subnets": ["subnet-0aaa1111bbbb2222c", "subnet-0bbb1111bbbb2222c"],
        "security_groups": ["sg-0aaa1111bbbb2222c"],
    },
    encryption_info={"encryption_at_rest_kms_key_arn": key.arn},
)
aws.opensearch.Domain(
    "search",
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "t3.small.search"},
    ebs_options={"ebs_enabled": True, "volume_size": 10},
    encrypt_at_rest={"enabled": True, "kms_key_id": key.arn},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"},
    vpc_options={"subnet_ids": ["subnet-0aaa1111bbbb2222c"], "security_group_ids": ["sg-0aaa1111bbbb2222c"]},
    access_policies=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "es:ESHttp*",
                    "Resource": "*",
                }
            ],
        }
    ),
)
aws.eks.Cluster(
    "platform",
    role_arn="arn:aws:iam::123456789012:role/eks-cluster",
    vpc_config={
        "subnet_ids": ["subnet-0aaa1111bbbb2222c"],
        "endpoint_private_access": True,
        "endpoint_public_access": False,
    },
)
aws.eks.Cluster(
    "tools",
    role_arn="arn:aws:iam::123456789012:role/eks-cluster",
    vpc_config={
        "subnet_ids": ["subnet-0aaa1111bbbb2222c"],
        "endpoint_public_access": True,
        "public_access_cidrs": ["203.0.113.0/24"],
    },
)
vault = aws.backup.Vault("vault", kms_key_arn=key.arn)
aws.backup.VaultPolicy(
    "vault-policy",
    backup_vault_name=vault.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "backup:CopyIntoBackupVault",
                    "Resource": "*",
                }
            ],
        }
    ),
)
pulumi.export("vault", vault.name)
