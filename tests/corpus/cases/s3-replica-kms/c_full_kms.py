"""Replication that re-encrypts replicas with a key in the replica region and selects SSE-KMS objects.

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import harden, hardened_bucket

replica_key = aws.kms.Key("ledger-replica-key", enable_key_rotation=True, region="eu-central-1")
primary = hardened_bucket("ledger")
replica = aws.s3.Bucket("ledger-replica", bucket="corpus-ledger-replica", region="eu-central-1")
harden("ledger-replica", replica, "corpus-ledger-replica", replica_key)
role = aws.iam.Role(
    "ledger-replication-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "ledger-replication",
    bucket=primary.id,
    role=role.arn,
    rules=[
        {
            "id": "everything",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {
                "bucket": replica.arn,
                "storage_class": "STANDARD_IA",
                "encryption_configuration": {"replica_kms_key_id": replica_key.arn},
            },
        }
    ],
)
