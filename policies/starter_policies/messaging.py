"""Queues and topics are encrypted at rest.

SQS: queues created since 2022 get SQS-managed encryption (SSE-SQS) unless ``sqsManagedSseEnabled`` is false, so
an absent setting counts as encrypted; only an explicit opt-out with no KMS key fails. ``requireKms`` (off by
default) demands a KMS key instead. SNS topics are not encrypted unless given ``kmsMasterKeyId`` (the AWS-managed
``alias/aws/sns`` counts: it is encryption at rest)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pulumi_policy import EnforcementLevel, PolicyConfigSchema, Severity

from starter_policies.common import TypedResourcePolicy, given, is_false

QUEUE = "aws:sqs/queue:Queue"
TOPIC = "aws:sns/topic:Topic"


def queue_problem(props: Mapping[str, Any], require_kms: bool = False) -> str | None:
    if given(props, "kmsMasterKeyId"):
        return None
    managed = props.get("sqsManagedSseEnabled")
    if require_kms:
        return "no kmsMasterKeyId; set kms_master_key_id to a KMS key (requireKms is on)"
    if is_false(managed):
        return (
            "sqsManagedSseEnabled is false and no kmsMasterKeyId: messages are stored unencrypted; remove the "
            "opt-out or set kms_master_key_id"
        )
    return None


def topic_problem(props: Mapping[str, Any]) -> str | None:
    if not given(props, "kmsMasterKeyId"):
        return "no kmsMasterKeyId: messages are stored unencrypted; set kms_master_key_id to a KMS key"
    return None


POLICIES = [
    TypedResourcePolicy(
        name="sqs-encrypted",
        resource_types=(QUEUE,),
        tags=["encryption"],
        description="SQS queues are encrypted at rest: SSE-SQS (on unless opted out) or a KMS key (requireKms "
        "demands the key).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Leave sqs_managed_sse_enabled unset or True, or set kms_master_key_id.",
        config_schema=PolicyConfigSchema(properties={"requireKms": {"type": "boolean", "default": False}}),
        judge=lambda a: queue_problem(a.props, a.get_config().get("requireKms", False) is True),
    ),
    TypedResourcePolicy(
        name="sns-encrypted",
        resource_types=(TOPIC,),
        tags=["encryption"],
        description="SNS topics are encrypted at rest with a KMS key.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set kms_master_key_id on aws.sns.Topic (a customer-managed key, or alias/aws/sns).",
        judge=lambda a: topic_problem(a.props),
    ),
]
