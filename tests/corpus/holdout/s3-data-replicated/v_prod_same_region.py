"""Under prod's config, the bucket replicates, but to a bucket in the SAME region (same provider).

expect: s3-data-replicated @ orders-archive
policy-config: prod
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("orders-copy-key")
copy = kit.secure_bucket("orders-copy", key=key)
src = kit.secure_bucket("orders-archive")
role = aws.iam.Role(
    "orders-srr-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "orders-srr",
    bucket=src.id,
    role=role.arn,
    rules=[
        {
            "id": "srr",
            "status": "Enabled",
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": copy.arn, "encryption_configuration": {"replica_kms_key_id": key.arn}},
        }
    ],
)
