"""Every policy document the program builds, exact: each action, resource, condition key and value written out.

The program-level tests (test_guarantees.py) judge what the stack registers; these pin the documents
themselves, so a dropped ``kms:ViaService`` or ``aws:SourceAccount`` condition, a lowered ``s3:TlsVersion`` or a
widened resource fails here in milliseconds (the mutation gate runs this file first for
components/policy_documents.py).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pulumi
import pytest

from components import policy_documents as pd

BUCKET, KEY, REPLICA, REPLICA_KEY = "arn:aws:s3:::data", "arn:kms:data-key", "arn:aws:s3:::replica", "arn:kms:rep-key"


def resolve(make: Callable[[], Any]) -> Any:
    """The document as the engine would serialise it (ARNs may be Outputs)."""

    async def run() -> Any:
        return json.loads(await pulumi.Output.json_dumps(make()).future())

    # A private loop, not asyncio.run: that one unsets the thread's loop, which the mock runtime later needs.
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(run())
    finally:
        loop.close()


def document(*statements: dict) -> dict:
    return {"Version": "2012-10-17", "Statement": list(statements)}


TLS_ONLY = [
    {
        "Sid": "DenyInsecureTransport",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": [BUCKET, f"{BUCKET}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    },
    {
        "Sid": "DenyOutdatedTls",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": [BUCKET, f"{BUCKET}/*"],
        "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
    },
]

CASES: dict[str, tuple[Callable[[], Any], Any]] = {
    "trust, any account": (
        lambda: pd.service_trust_policy("ec2.amazonaws.com"),
        document(
            {
                "Sid": "TrustOnlyService",
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ),
    ),
    "trust, confused-deputy guard": (
        lambda: pd.service_trust_policy("s3.amazonaws.com", source_account="123456789012"),
        document(
            {
                "Sid": "TrustOnlyService",
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}},
            }
        ),
    ),
    "instance data": (
        lambda: pd.instance_data_policy(BUCKET, "app/", KEY, "eu-west-1"),
        document(
            {
                "Sid": "ListOwnPrefix",
                "Effect": "Allow",
                "Action": "s3:ListBucket",
                "Resource": BUCKET,
                "Condition": {"StringLike": {"s3:prefix": ["app/", "app/*"]}},
            },
            {
                "Sid": "ReadWriteOwnPrefix",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"],
                "Resource": f"{BUCKET}/app/*",
            },
            {
                "Sid": "UseDataKeyThroughS3",
                "Effect": "Allow",
                "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
                "Resource": KEY,
                "Condition": {"StringEquals": {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}},
            },
        ),
    ),
    "replication": (
        lambda: pd.replication_policy(BUCKET, KEY, "eu-west-1", REPLICA, REPLICA_KEY, "eu-central-1"),
        document(
            {
                "Sid": "ReadReplicationConfiguration",
                "Effect": "Allow",
                "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                "Resource": BUCKET,
            },
            {
                "Sid": "ReadSourceVersions",
                "Effect": "Allow",
                "Action": ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
                "Resource": f"{BUCKET}/*",
            },
            {
                "Sid": "WriteReplicas",
                "Effect": "Allow",
                "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                "Resource": f"{REPLICA}/*",
            },
            {
                "Sid": "DecryptSource",
                "Effect": "Allow",
                "Action": "kms:Decrypt",
                "Resource": KEY,
                "Condition": {
                    "StringEquals": {"kms:ViaService": "s3.eu-west-1.amazonaws.com"},
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": [BUCKET, f"{BUCKET}/*"]},
                },
            },
            {
                "Sid": "EncryptReplicas",
                "Effect": "Allow",
                "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
                "Resource": REPLICA_KEY,
                "Condition": {
                    "StringEquals": {"kms:ViaService": "s3.eu-central-1.amazonaws.com"},
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": [REPLICA, f"{REPLICA}/*"]},
                },
            },
        ),
    ),
    "TLS-only denial": (lambda: pd.deny_insecure_transport(BUCKET), TLS_ONLY),
    "ELB log delivery": (
        lambda: pd.elb_log_delivery(BUCKET, "alb", "123456789012", "arn:aws:iam::156460612806:root"),
        [
            {
                "Sid": "ElbAccountLogDelivery",
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::156460612806:root"},
                "Action": "s3:PutObject",
                "Resource": f"{BUCKET}/alb/AWSLogs/123456789012/*",
            },
            {
                "Sid": "ElbServiceLogDelivery",
                "Effect": "Allow",
                "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
                "Action": "s3:PutObject",
                "Resource": f"{BUCKET}/alb/AWSLogs/123456789012/*",
            },
        ],
    ),
    "bucket policy keeps statement order": (
        lambda: pd.bucket_policy(pd.deny_insecure_transport(BUCKET)),
        document(*TLS_ONLY),
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_policy_document_is_exact(case):
    make, expected = CASES[case]
    assert resolve(make) == expected
