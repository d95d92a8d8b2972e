"""IAM, bucket and trust policy documents, built as plain data.

Every document here is a ``dict`` whose leaves may be Pulumi inputs (ARNs are usually Outputs); the caller
serialises it with ``pulumi.Output.json_dumps``. Keeping them as data lets tests, the policy pack and the
post-deploy audit read exactly what the program declares.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pulumi

Document = dict[str, Any]
Statement = dict[str, Any]


def _document(statements: Sequence[Statement]) -> Document:
    return {"Version": "2012-10-17", "Statement": list(statements)}


def _objects(bucket_arn: pulumi.Input[str], prefix: str = "") -> pulumi.Output[str]:
    return pulumi.Output.concat(bucket_arn, "/", prefix, "*")


def service_trust_policy(service: str, source_account: pulumi.Input[str] | None = None) -> Document:
    """Trust policy letting one AWS service assume the role (optionally only on behalf of this account)."""
    statement: Statement = {
        "Sid": "TrustOnlyService",
        "Effect": "Allow",
        "Principal": {"Service": service},
        "Action": "sts:AssumeRole",
    }
    if source_account is not None:
        # Confused-deputy protection: the service may act only for resources in this account.
        statement["Condition"] = {"StringEquals": {"aws:SourceAccount": source_account}}
    return _document([statement])


def instance_data_policy(
    bucket_arn: pulumi.Input[str],
    prefix: str,
    key_arn: pulumi.Input[str],
    region: str,
) -> Document:
    """Least privilege for the web instances: read/write one prefix of the data bucket, use its key via S3."""
    return _document(
        [
            {
                "Sid": "ListOwnPrefix",
                "Effect": "Allow",
                "Action": "s3:ListBucket",
                "Resource": bucket_arn,
                "Condition": {"StringLike": {"s3:prefix": [prefix, f"{prefix}*"]}},
            },
            {
                "Sid": "ReadWriteOwnPrefix",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"],
                "Resource": _objects(bucket_arn, prefix),
            },
            {
                "Sid": "UseDataKeyThroughS3",
                "Effect": "Allow",
                "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
                "Resource": key_arn,
                "Condition": {"StringEquals": {"kms:ViaService": f"s3.{region}.amazonaws.com"}},
            },
        ]
    )


def replication_policy(
    source_bucket_arn: pulumi.Input[str],
    source_key_arn: pulumi.Input[str],
    source_region: str,
    destination_bucket_arn: pulumi.Input[str],
    destination_key_arn: pulumi.Input[str],
    destination_region: str,
) -> Document:
    """Only the actions S3 replication needs, on the two buckets and the two keys.

    The KMS encryption context is the object ARN, or the bucket ARN when S3 Bucket Keys are on: allow both.
    """
    return _document(
        [
            {
                "Sid": "ReadReplicationConfiguration",
                "Effect": "Allow",
                "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                "Resource": source_bucket_arn,
            },
            {
                "Sid": "ReadSourceVersions",
                "Effect": "Allow",
                "Action": [
                    "s3:GetObjectVersionForReplication",
                    "s3:GetObjectVersionAcl",
                    "s3:GetObjectVersionTagging",
                ],
                "Resource": _objects(source_bucket_arn),
            },
            {
                "Sid": "WriteReplicas",
                "Effect": "Allow",
                "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                "Resource": _objects(destination_bucket_arn),
            },
            {
                "Sid": "DecryptSource",
                "Effect": "Allow",
                "Action": "kms:Decrypt",
                "Resource": source_key_arn,
                "Condition": {
                    "StringEquals": {"kms:ViaService": f"s3.{source_region}.amazonaws.com"},
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": [source_bucket_arn, _objects(source_bucket_arn)]},
                },
            },
            {
                "Sid": "EncryptReplicas",
                "Effect": "Allow",
                "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
                "Resource": destination_key_arn,
                "Condition": {
                    "StringEquals": {"kms:ViaService": f"s3.{destination_region}.amazonaws.com"},
                    "StringLike": {
                        "kms:EncryptionContext:aws:s3:arn": [destination_bucket_arn, _objects(destination_bucket_arn)]
                    },
                },
            },
        ]
    )


def deny_insecure_transport(bucket_arn: pulumi.Input[str]) -> list[Statement]:
    """Deny any request over plain HTTP or TLS older than 1.2 (the TLS-only bucket policy)."""
    resources = [bucket_arn, _objects(bucket_arn)]
    return [
        {
            "Sid": "DenyInsecureTransport",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        },
        {
            "Sid": "DenyOutdatedTls",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
        },
    ]


def elb_log_delivery(
    bucket_arn: pulumi.Input[str],
    prefix: str,
    account_id: pulumi.Input[str],
    elb_account_arn: pulumi.Input[str],
) -> list[Statement]:
    """Let the regional load-balancer log delivery write under ``<prefix>/AWSLogs/<account>/`` only.

    Regions opened before August 2022 deliver as a regional ELB account; newer ones as the
    ``logdelivery.elasticloadbalancing.amazonaws.com`` service principal. Both are granted the same narrow path.
    """
    logs = pulumi.Output.concat(bucket_arn, "/", prefix, "/AWSLogs/", account_id, "/*")
    return [
        {
            "Sid": "ElbAccountLogDelivery",
            "Effect": "Allow",
            "Principal": {"AWS": elb_account_arn},
            "Action": "s3:PutObject",
            "Resource": logs,
        },
        {
            "Sid": "ElbServiceLogDelivery",
            "Effect": "Allow",
            "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": logs,
        },
    ]


def bucket_policy(statements: Sequence[Statement]) -> Document:
    """A bucket policy from statements (the TLS-only denial first)."""
    return _document(statements)


# -- key policies ---------------------------------------------------------------------------------------------
# Administration without use: the account root (and through IAM, whoever the account lets) manages the key, but
# encrypting and decrypting needs a use statement below, so a broad IAM grant alone never reads the data.
KEY_ADMIN_ACTIONS = (
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
    "kms:RotateKeyOnDemand",
)
KEY_USE_ACTIONS = ("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey")


def account_root(partition: str, account_id: pulumi.Input[str]) -> pulumi.Output[str]:
    return pulumi.Output.concat("arn:", partition, ":iam::", account_id, ":root")


def key_policy(partition: str, account_id: pulumi.Input[str], use: Sequence[Statement]) -> Document:
    """A key policy: the account root administers (not uses) the key; ``use`` says who may use it."""
    admin: Statement = {
        "Sid": "AccountAdministersKey",
        "Effect": "Allow",
        "Principal": {"AWS": account_root(partition, account_id)},
        "Action": list(KEY_ADMIN_ACTIONS),
        "Resource": "*",
    }
    return _document([admin, *use])


def key_use_through_service(partition: str, account_id: pulumi.Input[str], service_host: str) -> Statement:
    """Principals of this account that IAM allows may use the key, only through one service (``s3.<region>
    .amazonaws.com``): the roles' own policies decide who, this statement decides how."""
    return {
        "Sid": "UseThroughServiceOnly",
        "Effect": "Allow",
        "Principal": {"AWS": account_root(partition, account_id)},
        "Action": list(KEY_USE_ACTIONS),
        "Resource": "*",
        "Condition": {"StringEquals": {"kms:ViaService": service_host, "kms:CallerAccount": account_id}},
    }


def key_use_by_service(
    sid: str,
    services: Sequence[str],
    actions: Sequence[str],
    condition: dict[str, Any],
) -> Statement:
    """AWS service principals may use the key, under ``condition`` (their source account, ARN or context)."""
    return {
        "Sid": sid,
        "Effect": "Allow",
        "Principal": {"Service": services[0] if len(services) == 1 else list(services)},
        "Action": list(actions),
        "Resource": "*",
        "Condition": condition,
    }


# -- service delivery -----------------------------------------------------------------------------------------


def cloudtrail_delivery(
    bucket_arn: pulumi.Input[str], account_id: pulumi.Input[str], trail_arn: pulumi.Input[str]
) -> list[Statement]:
    """CloudTrail may read the bucket ACL and write under ``AWSLogs/<account>/``, only for this account's trail."""
    scoped = {"StringEquals": {"aws:SourceArn": trail_arn, "aws:SourceAccount": account_id}}
    return [
        {
            "Sid": "CloudTrailAclCheck",
            "Effect": "Allow",
            "Principal": {"Service": "cloudtrail.amazonaws.com"},
            "Action": "s3:GetBucketAcl",
            "Resource": bucket_arn,
            "Condition": scoped,
        },
        {
            "Sid": "CloudTrailWrite",
            "Effect": "Allow",
            "Principal": {"Service": "cloudtrail.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": pulumi.Output.concat(bucket_arn, "/AWSLogs/", account_id, "/*"),
            "Condition": scoped,
        },
    ]


def s3_access_log_delivery(
    bucket_arn: pulumi.Input[str], account_id: pulumi.Input[str], source_bucket_arns: Sequence[pulumi.Input[str]]
) -> list[Statement]:
    """S3 server access logging may write into the log bucket, only for the named source buckets."""
    return [
        {
            "Sid": "S3ServerAccessLogDelivery",
            "Effect": "Allow",
            "Principal": {"Service": "logging.s3.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": _objects(bucket_arn),
            "Condition": {
                "ArnLike": {"aws:SourceArn": list(source_bucket_arns)},
                "StringEquals": {"aws:SourceAccount": account_id},
            },
        }
    ]


def flow_log_write_policy(log_group_arn: pulumi.Input[str]) -> Document:
    """VPC flow logs' delivery role may write to one log group and nothing else."""
    return _document(
        [
            {
                "Sid": "WriteOwnLogGroup",
                "Effect": "Allow",
                "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                "Resource": [log_group_arn, pulumi.Output.concat(log_group_arn, ":log-stream:*")],
            }
        ]
    )


def topic_publishers(topic_arn: pulumi.Input[str], account_id: pulumi.Input[str], services: Sequence[str]) -> Document:
    """The alarm topic's policy: the account manages it; the named services publish, for this account only."""
    return _document(
        [
            {
                "Sid": "ServicesPublishForThisAccount",
                "Effect": "Allow",
                "Principal": {"Service": list(services)},
                "Action": "sns:Publish",
                "Resource": topic_arn,
                "Condition": {"StringEquals": {"aws:SourceAccount": account_id}},
            }
        ]
    )
