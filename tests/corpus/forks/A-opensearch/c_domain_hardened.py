"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

logs_key = cmk("logs-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "logs", "Effect": "Allow", "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
         "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}},
    ],
}))

key = cmk("search-key")
domain_name = "catalog"
audit = aws.cloudwatch.LogGroup("search-audit", name="/aws/opensearch/catalog/audit", retention_in_days=365, kms_key_id=logs_key.arn)
aws.cloudwatch.LogResourcePolicy(
    "search-log-policy",
    policy_name="opensearch-catalog",
    policy_document=audit.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "es.amazonaws.com"},
                       "Action": ["logs:PutLogEvents", "logs:CreateLogStream"], "Resource": f"{arn}:*",
                       "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT},
                                     "ArnLike": {"aws:SourceArn": f"arn:aws:es:{REGION}:{ACCOUNT}:domain/{domain_name}"}}}],
    })),
)
aws.opensearch.Domain(
    "catalog",
    domain_name=domain_name,
    engine_version="OpenSearch_2.13",
    cluster_config={"instance_type": "r6g.large.search", "instance_count": 3, "zone_awareness_enabled": True,
                    "zone_awareness_config": {"availability_zone_count": 3},
                    "dedicated_master_enabled": True, "dedicated_master_type": "r6g.large.search", "dedicated_master_count": 3},
    ebs_options={"ebs_enabled": True, "volume_size": 100, "volume_type": "gp3"},
    vpc_options={"subnet_ids": SUBNETS, "security_group_ids": [SG]},
    encrypt_at_rest={"enabled": True, "kms_key_id": key.key_id},
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-PFS-2023-10"},
    advanced_security_options={"enabled": True, "internal_user_database_enabled": False,
                               "master_user_options": {"master_user_arn": f"arn:aws:iam::{ACCOUNT}:role/search-admin"}},
    log_publishing_options=[{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": audit.arn}],
    access_policies=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/catalog-api"},
                       "Action": ["es:ESHttpGet", "es:ESHttpPost", "es:ESHttpPut"],
                       "Resource": f"arn:aws:es:{REGION}:{ACCOUNT}:domain/{domain_name}/*"}],
    }),
)
