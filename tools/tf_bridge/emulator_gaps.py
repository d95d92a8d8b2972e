"""What moto does not reproduce, as the upstream provider sees it: after a clean ``terraform apply`` of the
local stack, the second ``terraform plan`` shows these attributes drifting although nothing changed.

``make up-moto`` adds them to ``lifecycle.ignore_changes`` (for the emulator run only) so the convergence check
still catches any other drift; the README's "What the emulator does not reproduce" table lists the same rows
(a test checks it). Remove a row when moto fixes the gap: the plan then shows nothing to ignore.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Gap:
    """Attributes of one Terraform resource type that moto does not round-trip."""

    tf_type: str
    attributes: tuple[str, ...]
    provider_shows: str
    """The second plan's diff, as the provider prints it."""


MOTO_GAPS: tuple[Gap, ...] = (
    Gap(
        "aws_autoscaling_group",
        ("default_instance_warmup",),
        "~ default_instance_warmup = 0 -> 120 (DescribeAutoScalingGroups omits DefaultInstanceWarmup)",
    ),
    Gap(
        "aws_autoscaling_policy",
        ("enabled", "predictive_scaling_configuration"),
        "~ enabled = false -> true; - predictive_scaling_configuration {} (DescribePolicies omits Enabled and "
        "returns an empty predictive configuration)",
    ),
    Gap(
        "aws_launch_template",
        ("tag_specifications",),
        '- tag_specifications { resource_type = "launch-template" ... } (moto adds the template\'s own tags as a '
        "tag specification)",
    ),
    Gap(
        "aws_s3_bucket_replication_configuration",
        ("rule[0].delete_marker_replication", "rule[0].filter"),
        '- delete_marker_replication { status = "Disabled" }, - filter {} (GetBucketReplication adds defaults the '
        "rule did not declare)",
    ),
    Gap(
        "aws_vpc_security_group_egress_rule",
        ("description", "referenced_security_group_id"),
        '+ description; ~ referenced_security_group_id = "123456789012/sg-…" -> "sg-…" (the rule\'s '
        "description is dropped and the referenced group is prefixed with the account)",
    ),
    Gap(
        "aws_vpc_security_group_ingress_rule",
        ("description", "referenced_security_group_id"),
        '+ description; ~ referenced_security_group_id = "123456789012/sg-…" -> "sg-…" (as for egress rules)',
    ),
)


def ignore_changes(tf_type: str) -> list[str]:
    """The attributes of ``tf_type`` whose drift against moto is a known emulator gap."""
    return sorted({a for gap in MOTO_GAPS if gap.tf_type == tf_type for a in gap.attributes})
