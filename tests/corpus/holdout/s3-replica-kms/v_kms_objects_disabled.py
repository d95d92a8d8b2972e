"""Replicas are re-encrypted with a KMS key but SSE-KMS source objects are explicitly not replicated.

expect: s3-replica-kms @ ledger-crr
"""

import json

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr",
    region="us-east-2",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
dr_key = kit.cmk("ledger-dr-key", pulumi.ResourceOptions(provider=dr))
replica = kit.secure_bucket("ledger-dr", key=dr_key, opts=pulumi.ResourceOptions(provider=dr))
source = kit.secure_bucket("ledger-src")
role = aws.iam.Role(
    "ledger-crr-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "ledger-crr",
    aws.s3.BucketReplicationConfigArgs(
        bucket=source.bucket,
        role=role.arn,
        rules=[
            aws.s3.BucketReplicationConfigRuleArgs(
                id="ledger",
                status="Enabled",
                priority=1,
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
                        replica_kms_key_id=dr_key.arn
                    ),
                ),
            )
        ],
    ),
)
