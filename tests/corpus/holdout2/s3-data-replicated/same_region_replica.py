"""Replication to a second bucket in the SAME region (the default provider), which is not a DR copy.

expect: s3-data-replicated @ claims
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cmk, private_bucket, trust

src = private_bucket("claims")
key = cmk("claims-copy-key")
dst = private_bucket("claims-copy", key=key, tags={"ReplicationExempt": "true"})
role = aws.iam.Role("claims-repl", assume_role_policy=trust("s3.amazonaws.com"))
aws.s3.BucketReplicationConfig(
    "claims-replication",
    bucket=src.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": dst.arn, "encryption_configuration": {"replica_kms_key_id": key.arn}},
        }
    ],
)
