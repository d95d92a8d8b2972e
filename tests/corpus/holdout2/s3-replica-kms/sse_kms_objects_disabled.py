"""Replication with a replica KMS key, but SSE-KMS encrypted objects are explicitly not replicated.

expect: s3-replica-kms @ media-replication
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, private_bucket, tagged_provider, trust

dr = tagged_provider("dr", region=DR_REGION)
dr_key = cmk("media-dr-key", opts=pulumi.ResourceOptions(provider=dr))
src = private_bucket("media")
dst = private_bucket("media-dr", opts=pulumi.ResourceOptions(provider=dr), key=dr_key, tags={"ReplicationExempt": "true"})
role = aws.iam.Role("media-repl-role", assume_role_policy=trust("s3.amazonaws.com"))
aws.s3.BucketReplicationConfig(
    "media-replication",
    bucket=src.id,
    role=role.arn,
    rules=[
        aws.s3.BucketReplicationConfigRuleArgs(
            id="all",
            status="Enabled",
            filter=aws.s3.BucketReplicationConfigRuleFilterArgs(prefix=""),
            delete_marker_replication=aws.s3.BucketReplicationConfigRuleDeleteMarkerReplicationArgs(status="Disabled"),
            source_selection_criteria=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaArgs(
                sse_kms_encrypted_objects=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs(
                    status="Disabled"
                )
            ),
            destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(
                bucket=dst.arn,
                encryption_configuration=aws.s3.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs(
                    replica_kms_key_id=dr_key.arn
                ),
            ),
        )
    ],
)
