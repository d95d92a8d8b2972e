"""Replication configured inline on the v7 Bucket (deprecated form) with no KMS settings.

expect: s3-replica-kms @ billing
"""

import json

import pulumi_aws as aws
from corpus_kit import harden, rotating_key

replica_key = rotating_key("billing-replica-key")
replica = aws.s3.Bucket("billing-replica", bucket="corpus-billing-replica", region="eu-central-1")
harden("billing-replica", replica, "corpus-billing-replica", replica_key)
role = aws.iam.Role(
    "billing-replication-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
billing = aws.s3.Bucket(
    "billing",
    bucket="corpus-billing",
    replication_configuration={
        "role": role.arn,
        "rules": [{"id": "all", "status": "Enabled", "destination": {"bucket": replica.arn, "storage_class": "STANDARD"}}],
    },
)
harden("billing", billing, "corpus-billing")
