"""Two replication rules built in a loop, each compliant; the replica lives behind a provider alias.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws
from corpus_kit import hardened_bucket

frankfurt = aws.Provider(
    "frankfurt",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
in_frankfurt = pulumi.ResourceOptions(provider=frankfurt)
key = aws.kms.Key("events-replica-key", enable_key_rotation=True, opts=in_frankfurt)
replica = aws.s3.Bucket("events-replica", bucket="corpus-events-replica", opts=in_frankfurt)
aws.s3.BucketServerSideEncryptionConfiguration(
    "events-replica-sse",
    bucket=replica.id,
    opts=in_frankfurt,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning(
    "events-replica-versioning", bucket=replica.id, opts=in_frankfurt, versioning_configuration={"status": "Enabled"}
)
aws.s3.BucketPublicAccessBlock(
    "events-replica-pab",
    bucket=replica.id,
    opts=in_frankfurt,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls(
    "events-replica-own", bucket=replica.id, opts=in_frankfurt, rule={"object_ownership": "BucketOwnerEnforced"}
)
from corpus_kit import tls_only_policy  # noqa: E402

aws.s3.BucketPolicy(
    "events-replica-policy", bucket=replica.id, opts=in_frankfurt, policy=tls_only_policy("corpus-events-replica")
)

primary = hardened_bucket("events")
role = aws.iam.Role(
    "events-replication-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
rules = []
for priority, prefix in enumerate(["orders/", "invoices/"]):
    rules.append(
        aws.s3.BucketReplicationConfigRuleArgs(
            id=prefix.strip("/"),
            priority=priority,
            status="Enabled",
            filter=aws.s3.BucketReplicationConfigRuleFilterArgs(prefix=prefix),
            delete_marker_replication=aws.s3.BucketReplicationConfigRuleDeleteMarkerReplicationArgs(status="Enabled"),
            source_selection_criteria=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaArgs(
                sse_kms_encrypted_objects=aws.s3.BucketReplicationConfigRuleSourceSelectionCriteriaSseKmsEncryptedObjectsArgs(
                    status="Enabled"
                )
            ),
            destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(
                bucket=replica.arn,
                encryption_configuration=aws.s3.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs(
                    replica_kms_key_id=key.arn
                ),
            ),
        )
    )
aws.s3.BucketReplicationConfig("events-replication", bucket=primary.id, role=role.arn, rules=rules)
