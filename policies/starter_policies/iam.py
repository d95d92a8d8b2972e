"""Least privilege for every IAM document the stack declares, judged as AWS evaluates it: identity policies
(inline, customer-managed, a role's ``inlinePolicies``, bucket policies), trust and resource policies (who may
act), managed-policy attachments, and IAM users. The judgement itself is in ``starter_shared.iam_documents``.

During preview a document (or part of it) may be unknown. What is known is still judged; the unknown rest is
reported once per resource as the engine's advisory "can't run policy … during preview", naming the value."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ResourceValidationArgs,
    Severity,
)
from pulumi_policy.proxy import (
    UNKNOWN_ARCHIVE_VALUE,
    UNKNOWN_ARRAY_VALUE,
    UNKNOWN_ASSET_VALUE,
    UNKNOWN_BOOLEAN_VALUE,
    UNKNOWN_NUMBER_VALUE,
    UNKNOWN_OBJECT_VALUE,
    UNKNOWN_STRING_VALUE,
    UnknownValueError,
)
from starter_shared import iam_documents as docs
from starter_shared.iam_managed_policies import broad_managed_policy

from starter_policies.common import ReportViolation, TypedResourcePolicy, preview_error

_SENTINELS = frozenset(
    {
        UNKNOWN_ARCHIVE_VALUE,
        UNKNOWN_ARRAY_VALUE,
        UNKNOWN_ASSET_VALUE,
        UNKNOWN_BOOLEAN_VALUE,
        UNKNOWN_NUMBER_VALUE,
        UNKNOWN_OBJECT_VALUE,
        UNKNOWN_STRING_VALUE,
    }
)

# Where each resource type keeps the identity-based documents least privilege applies to.
IDENTITY_DOCUMENTS = {
    "aws:iam/rolePolicy:RolePolicy": "policy",
    "aws:iam/policy:Policy": "policy",
    "aws:iam/userPolicy:UserPolicy": "policy",
    "aws:iam/groupPolicy:GroupPolicy": "policy",
    "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy": "inlinePolicy",
    # Bucket policies grant too: an Allow of s3:* or a write on "*" there is as broad as in a role policy.
    "aws:s3/bucketPolicy:BucketPolicy": "policy",
    "aws:s3/bucket:Bucket": "policy",
}
ROLE = "aws:iam/role:Role"
# Documents that say who may act: a role's trust policy, and the resource policies of buckets, keys, queues,
# topics, repositories and secrets.
PRINCIPAL_DOCUMENTS = {
    ROLE: "assumeRolePolicy",
    "aws:s3/bucketPolicy:BucketPolicy": "policy",
    "aws:s3/bucket:Bucket": "policy",
    "aws:kms/key:Key": "policy",
    "aws:kms/keyPolicy:KeyPolicy": "policy",
    "aws:kms/replicaKey:ReplicaKey": "policy",
    "aws:kms/replicaExternalKey:ReplicaExternalKey": "policy",
    "aws:sqs/queue:Queue": "policy",
    "aws:sqs/queuePolicy:QueuePolicy": "policy",
    "aws:sns/topic:Topic": "policy",
    "aws:sns/topicPolicy:TopicPolicy": "policy",
    "aws:ecr/repositoryPolicy:RepositoryPolicy": "policy",
    "aws:secretsmanager/secretPolicy:SecretPolicy": "policy",
}
ATTACHMENTS = {
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": "policyArn",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": "policyArn",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": "policyArn",
    "aws:iam/policyAttachment:PolicyAttachment": "policyArn",
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": "policyArns",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": "policyArns",
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive": "policyArns",
    "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment": "managedPolicyArn",
    ROLE: "managedPolicyArns",
}
USER_CREDENTIALS = {
    "aws:iam/userPolicy:UserPolicy": "an inline policy",
    "aws:iam/accessKey:AccessKey": "a long-lived access key",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": "a directly attached policy",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": "directly attached policies",
    "aws:iam/userLoginProfile:UserLoginProfile": "a console password",
}
# Extra actions a stack accepts on Resource "*" beyond starter_shared.iam_unscoped_actions (configurable).
# AWS scopes these to network interfaces, but a function or task in a VPC creates interfaces that do not
# exist yet, so AWS's own AWSLambdaVPCAccessExecutionRole grants them on "*".
DEFAULT_ALLOWED_ON_ANY = [
    "ec2:CreateNetworkInterface",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
]
# Extra policy names a stack refuses beyond starter_shared.iam_managed_policies (configurable).
DEFAULT_DENIED_POLICIES: list[str] = []


def plain(value: Any) -> Any:
    """A property as plain data, with every value the engine does not know yet as ``iam_documents.UNKNOWN``.
    The policy runtime's proxies raise on unknown values; judging a document needs to see around them."""
    if isinstance(value, str):
        return docs.UNKNOWN if value in _SENTINELS else value
    if isinstance(value, Mapping):
        target = _target(value)
        return {k: plain(target[k]) for k in target}
    if isinstance(value, Sequence):
        return [plain(v) for v in _target(value)]
    return value


def _target(value: Any) -> Any:
    """The raw container behind a policy-runtime proxy (which keeps it under ``"__target"``), or ``value``."""
    try:
        return value["__target"]
    except (KeyError, TypeError, IndexError, UnknownValueError):
        return value


def _raw(args: ResourceValidationArgs, field: str) -> Any:
    """The input ``field`` of the resource as plain data (UNKNOWN when the engine does not know it)."""
    target = _target(args.props)
    return plain(target.get(field)) if isinstance(target, Mapping) else None


def _unknown_at(name: str, places: list[str]) -> None:
    """Raise the runtime's 'can't run during preview' (advisory) naming what could not be judged."""
    if places:
        raise preview_error(f"{name}: {'; '.join(places)} not known yet, so not judged")


def _documents(args: ResourceValidationArgs, field: str | None) -> list[tuple[str, Any]]:
    """(label, document) for the field, and for a role each of its ``inlinePolicies``."""
    found: list[tuple[str, Any]] = []
    if field:
        found.append((field, _raw(args, field)))
    if args.resource_type == ROLE and field != "assumeRolePolicy":
        inline = _raw(args, "inlinePolicies")
        if inline is docs.UNKNOWN:
            found.append(("inlinePolicies", docs.UNKNOWN))
            return found
        for index, entry in enumerate(docs.as_list(inline)):
            if isinstance(entry, Mapping):
                name = entry.get("name")
                label = f"inlinePolicies[{name if isinstance(name, str) else index}]"
                found.append((label, entry.get("policy")))
            elif entry is docs.UNKNOWN:
                found.append((f"inlinePolicies[{index}]", docs.UNKNOWN))
    return found


def _judge(
    args: ResourceValidationArgs, report: ReportViolation, field: str | None, judge: Callable[[Any], list[str]], fix: str
) -> None:
    places = []
    for label, document in _documents(args, field):
        for problem in judge(document):
            report(f"{args.name}: {label} {problem}; {fix}")
        places += [f"{label} {where}" for where in docs.unseen(document)]
    _unknown_at(args.name, places)


def _least_privilege(args: ResourceValidationArgs, report: ReportViolation) -> None:
    field = IDENTITY_DOCUMENTS.get(args.resource_type)
    if field is None and args.resource_type != ROLE:
        return
    allowed = args.get_config().get("allowedActionsOnAnyResource", DEFAULT_ALLOWED_ON_ANY)
    _judge(
        args,
        report,
        field,
        lambda d: docs.problems(d, allowed),
        "name the actions and scope Resource to the exact ARNs they need.",
    )


LAMBDA_PERMISSION = "aws:lambda/permission:Permission"
# A Lambda permission is one statement of the function's resource policy; these inputs are its Condition.
LAMBDA_PINS = ("sourceArn", "sourceAccount", "principalOrgId")


def _lambda_permission(args: ResourceValidationArgs, report: ReportViolation) -> None:
    """``principal="*"`` lets any account invoke the function unless a source or organization pins the caller.
    Function URLs (``lambda:InvokeFunctionUrl``) are public endpoints by design and judged by their auth type."""
    principal, action = _raw(args, "principal"), _raw(args, "action")
    pins = {key: _raw(args, key) for key in LAMBDA_PINS}
    # A pin computed by another resource (unknown in preview) is that resource's ARN or account: it pins.
    if (
        (principal != "*" and principal is not docs.UNKNOWN)
        or action == "lambda:InvokeFunctionUrl"
        or any(v is docs.UNKNOWN or (isinstance(v, str) and v.strip("*")) for v in pins.values())
    ):
        return
    _unknown_at(args.name, [k for k, v in {"principal": principal, "action": action, **pins}.items() if v is docs.UNKNOWN])
    report(
        f"{args.name}: principal '*' may call {action} with no sourceArn, sourceAccount or principalOrgId; "
        "name the invoking service or account and set sourceArn (or sourceAccount) to pin the caller."
    )


def _no_anonymous_principal(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == LAMBDA_PERMISSION:
        _lambda_permission(args, report)
        return
    field = PRINCIPAL_DOCUMENTS.get(args.resource_type)
    if field is None:
        return

    def judge(document: Any) -> list[str]:
        found = docs.anonymous_problems(document)
        return found + docs.federation_problems(document) if field == "assumeRolePolicy" else found

    places = []
    document = _raw(args, field)
    for problem in judge(document):
        report(
            f"{args.name}: {field} {problem}; name the principals (a service, an account or a role ARN) or add "
            "a Condition that pins the caller (aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID; for OIDC "
            "the token's aud and sub)."
        )
    places += [f"{field} {where}" for where in docs.unseen(document)]
    _unknown_at(args.name, places)


def _no_admin_attachments(args: ResourceValidationArgs, report: ReportViolation) -> None:
    field = ATTACHMENTS.get(args.resource_type)
    if field is None:
        return
    value = _raw(args, field)
    config = args.get_config()
    denied = {str(p) for p in config.get("deniedPolicies", DEFAULT_DENIED_POLICIES)}
    accepted = {str(p) for p in config.get("acceptedPolicies", [])}
    places = [field] if value is docs.UNKNOWN else []
    for index, arn in enumerate(docs.as_list(value) if value is not docs.UNKNOWN else []):
        if arn is docs.UNKNOWN:
            places.append(f"{field}[{index}]")
            continue
        if not isinstance(arn, str):
            continue
        name = arn.rsplit("/", 1)[-1]
        reason = (
            None
            if name in accepted
            else (broad_managed_policy(arn) or ("is denied by this stack's policy config" if name in denied else None))
        )
        if reason:
            verb = reason if reason.startswith("is ") else f"which {reason}"
            report(
                f"{args.name}: {field} attaches {arn}, {verb}; attach a policy that grants only the actions "
                "this principal needs."
            )
    _unknown_at(args.name, places)


def _no_user_credentials(args: ResourceValidationArgs, report: ReportViolation) -> None:
    what = USER_CREDENTIALS.get(args.resource_type)
    if what is not None:
        report(
            f"{args.name}: gives IAM user {args.props.get('user')!r} {what}; use roles (instance profiles, "
            "OIDC federation, IAM Identity Center) instead of user credentials."
        )


POLICIES = [
    TypedResourcePolicy(
        name="iam-least-privilege",
        resource_types=(*IDENTITY_DOCUMENTS, ROLE),
        tags=["least-privilege"],
        description="IAM and bucket policies (matched as AWS matches actions, wildcards anywhere) allow no '*' or "
        "service-wide actions (`dynamodb:*`), no NotAction/NotResource, "
        "no writes on any resource ('*' or a wildcard ARN) except actions AWS does not scope, no "
        "privilege-escalation actions and iam:PassRole only on exact ARNs.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="List the exact actions and the resource ARNs; actions AWS only grants on '*' are "
        "accepted there (starter_shared/iam_unscoped_actions.py); add others to the "
        "allowedActionsOnAnyResource list in the policy config.",
        config_schema=PolicyConfigSchema(
            properties={
                "allowedActionsOnAnyResource": {
                    "type": "array",
                    "items": {"type": "string"},
                    "default": DEFAULT_ALLOWED_ON_ANY,
                },
            }
        ),
        validate=_least_privilege,
    ),
    TypedResourcePolicy(
        name="iam-no-anonymous-principal",
        resource_types=(*PRINCIPAL_DOCUMENTS, LAMBDA_PERMISSION),
        tags=["least-privilege"],
        description="Trust, bucket, key, queue, topic, repository, secret and Lambda permission policies never "
        "allow Principal '*' or NotPrincipal unless a Condition pins the caller; web-identity trust pins "
        "the token's audience and subject (GitHub Actions: a repository and a branch or environment).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Name the trusted service, account or role; or add a Condition that pins the caller "
        "(aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID, aws:SourceVpce); for OIDC pin "
        "<provider>:aud and <provider>:sub.",
        validate=_no_anonymous_principal,
    ),
    TypedResourcePolicy(
        name="iam-no-admin-policies",
        resource_types=ATTACHMENTS,
        tags=["least-privilege"],
        description="No attachment of broad AWS-managed policies (AdministratorAccess, PowerUserAccess, "
        "IAMFullAccess, the FullAccess family; table in starter_shared/iam_managed_policies.py; "
        "configurable).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Replace the attachment with an inline or customer-managed policy scoped to the task.",
        config_schema=PolicyConfigSchema(
            properties={
                "deniedPolicies": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_DENIED_POLICIES},
                "acceptedPolicies": {"type": "array", "items": {"type": "string"}, "default": []},
            }
        ),
        validate=_no_admin_attachments,
    ),
    TypedResourcePolicy(
        name="iam-no-user-credentials",
        resource_types=USER_CREDENTIALS,
        tags=["least-privilege"],
        description="IAM users get no inline or attached policies, access keys or console passwords.",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Grant access through roles: instance profiles, OIDC federation for CI, IAM Identity "
        "Center for people.",
        validate=_no_user_credentials,
    ),
]
