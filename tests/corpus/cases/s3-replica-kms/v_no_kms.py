"""Replication without re-encryption of replicas and without SSE-KMS object selection.

expect: s3-replica-kms @ primary-replication
"""

import json

import pulumi
import pulumi_aws as aws
from corpus_kit import hardened_bucket, rotating_key

replica_key = rotating_key("replica-key")
primary = hardened_bucket("primary")
replica = aws.s3.Bucket("replica", bucket="corpus-replica", region="eu-central-1")
from corpus_kit import harden  # noqa: E402

harden("replica", replica, "corpus-replica", replica_key)

role = aws.iam.Role(
    "replication",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)

aws.s3.BucketReplicationConfig(
    "primary-replication",
    bucket=primary.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "destination": {"bucket": replica.arn, "storage_class": "STANDARD"},
        }
    ],
    opts=pulumi.ResourceOptions(depends_on=[primary]),
)
