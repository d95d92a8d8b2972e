"""A customer-managed KMS key with rotation, an explicit key policy and an alias: the only way the template
makes a key, so no key runs on the default policy (which lets any IAM grant of the account use it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_aws as aws
from starter_shared.facts import partition_of

from components import policy_documents as docs

# 30 days: the longest window AWS allows to notice that a key about to be deleted is still in use.
DELETION_WINDOW_DAYS = 30


@dataclass(frozen=True)
class KeyArgs:
    """What a key protects and who may use it; the account root always administers it."""

    description: str
    account_id: pulumi.Input[str]
    region: str
    """The key's region (its partition follows): for the policy's ARNs and service names."""
    use: Callable[[str], Sequence[docs.Statement]]
    """Use statements, built from the key's partition."""
    alias: str
    """Unique in the account and region: ``alias/<project>-<stack>-<purpose>``."""
    regional: bool = False
    """Declare the key in ``region`` explicitly (pulumi-aws v7's per-resource region) rather than the provider's."""
    protect: bool = False


@dataclass(frozen=True)
class Key:
    key: aws.kms.Key
    alias: aws.kms.Alias

    @property
    def arn(self) -> pulumi.Output[str]:
        return self.key.arn


def key_alias(purpose: str) -> str:
    """``alias/<project>-<stack>-<purpose>``: one alias per key, unique per stack."""
    return f"alias/{pulumi.get_project()}-{pulumi.get_stack()}-{purpose}"


def secure_key(name: str, args: KeyArgs, parent: pulumi.Resource) -> Key:
    """The key (logical name ``name``, a child of ``parent``, so existing keys keep their URNs) and its alias."""
    partition = partition_of(args.region)
    placement: dict[str, Any] = {"region": args.region} if args.regional else {}
    key = aws.kms.Key(
        name,
        description=args.description,
        enable_key_rotation=True,
        deletion_window_in_days=DELETION_WINDOW_DAYS,
        policy=pulumi.Output.json_dumps(docs.key_policy(partition, args.account_id, list(args.use(partition)))),
        **placement,
        opts=pulumi.ResourceOptions(parent=parent, protect=args.protect, retain_on_delete=args.protect),
    )
    alias = aws.kms.Alias(
        f"{name}-alias",
        name=args.alias,
        target_key_id=key.key_id,
        **placement,
        opts=pulumi.ResourceOptions(parent=parent),
    )
    return Key(key, alias)
