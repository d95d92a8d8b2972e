"""Least privilege for every IAM document the stack declares."""

from __future__ import annotations

from collections.abc import Mapping

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    Severity,
)

from starter_policies.iam_documents import problems

# Where each resource type keeps its documents.
DOCUMENTS = {
    "aws:iam/rolePolicy:RolePolicy": ("policy",),
    "aws:iam/policy:Policy": ("policy",),
    "aws:iam/userPolicy:UserPolicy": ("policy",),
    "aws:iam/groupPolicy:GroupPolicy": ("policy",),
}
# Actions AWS only grants on Resource "*" (configurable).
DEFAULT_ALLOWED_ON_ANY = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface"]


def _least_privilege(args: ResourceValidationArgs, report: ReportViolation) -> None:
    fields = DOCUMENTS.get(args.resource_type)
    documents = [args.props.get(f) for f in fields] if fields else []
    if args.resource_type == "aws:iam/role:Role":
        documents += [p.get("policy") for p in args.props.get("inlinePolicies") or [] if isinstance(p, Mapping)]
    allowed = args.get_config().get("allowedActionsOnAnyResource", DEFAULT_ALLOWED_ON_ANY)
    for document in documents:
        for problem in problems(document, allowed):
            report(f"{args.name}: {problem}; name the actions and scope Resource to the ARNs they need.")


POLICIES = [
    ResourceValidationPolicy(
        name="iam-least-privilege",
        description="IAM policies grant no wildcard actions, no writes on Resource '*', and no NotAction/NotResource.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="List the exact actions and the resource ARNs; move AWS-only-on-* actions to the allow-list.",
        config_schema=PolicyConfigSchema(properties={
            "allowedActionsOnAnyResource": {"type": "array", "items": {"type": "string"},
                                            "default": DEFAULT_ALLOWED_ON_ANY},
        }),
        validate=_least_privilege,
    ),
]
