"""Replicas re-encrypted, but SSE-KMS source objects are not selected (they would not replicate).

expect: s3-replica-kms @ orders-replication
mode: plain-only
"""

import json

import pulumi_aws as aws
from corpus_kit import harden, hardened_bucket, rotating_key

replica_key = rotating_key("orders-replica-key")
primary = hardened_bucket("orders")
replica = aws.s3.Bucket("orders-replica", bucket="corpus-orders-replica", region="eu-central-1")
harden("orders-replica", replica, "corpus-orders-replica", replica_key)
role = aws.iam.Role(
    "orders-replication-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)

aws.s3.BucketReplicationConfig(
    "orders-replication",
    aws.s3.BucketReplicationConfigArgs(
        bucket=primary.id,
        role=role.arn,
        rules=[
            aws.s3.BucketReplicationConfigRuleArgs(
                id="orders",
                status="Enabled",
                filter=aws.s3.BucketReplicationConfigRuleFilterArgs(prefix=""),
                delete_marker_replication=aws.s3.BucketReplicationConfigRuleDeleteMarkerReplicationArgs(status="Disabled"),
                source_selection_criteria=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaArgs(
                    sse_kms_encrypted_objects=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs(
                        status="Disabled"
                    )
                ),
                destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(
                    bucket=replica.arn,
                    encryption_configuration=aws.s3.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs(
                        replica_kms_key_id=replica_key.arn
                    ),
                ),
            )
        ],
    ),
)
