"""Least privilege for every IAM document the stack declares, trust and resource policies, managed-policy
attachments, and IAM users."""

from __future__ import annotations

from collections.abc import Mapping

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    Severity,
)
from starter_shared.iam_documents import anyone_without_condition, problems, statements

from starter_policies.common import TypedResourcePolicy, items

# Where each resource type keeps the identity-based documents least privilege applies to.
IDENTITY_DOCUMENTS = {
    "aws:iam/rolePolicy:RolePolicy": "policy",
    "aws:iam/policy:Policy": "policy",
    "aws:iam/userPolicy:UserPolicy": "policy",
    "aws:iam/groupPolicy:GroupPolicy": "policy",
    # Bucket policies grant too: an Allow of s3:* or a write on "*" there is as broad as in a role policy.
    "aws:s3/bucketPolicy:BucketPolicy": "policy",
    "aws:s3/bucket:Bucket": "policy",
}
# Documents that say who may act: a role's trust policy, and the resource policies of buckets and keys.
PRINCIPAL_DOCUMENTS = {
    "aws:iam/role:Role": "assumeRolePolicy",
    "aws:s3/bucketPolicy:BucketPolicy": "policy",
    "aws:s3/bucket:Bucket": "policy",
    "aws:kms/key:Key": "policy",
    "aws:kms/keyPolicy:KeyPolicy": "policy",
}
ATTACHMENTS = {
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": "policyArn",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": "policyArn",
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": "policyArn",
    "aws:iam/policyAttachment:PolicyAttachment": "policyArn",
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": "policyArns",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": "policyArns",
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive": "policyArns",
    "aws:iam/role:Role": "managedPolicyArns",
}
USER_CREDENTIALS = {
    "aws:iam/userPolicy:UserPolicy": "an inline policy",
    "aws:iam/accessKey:AccessKey": "a long-lived access key",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": "a directly attached policy",
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": "directly attached policies",
    "aws:iam/userLoginProfile:UserLoginProfile": "a console password",
}
# Actions AWS only grants on Resource "*" (configurable).
DEFAULT_ALLOWED_ON_ANY = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface"]
DEFAULT_DENIED_POLICIES = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"]


def _least_privilege(args: ResourceValidationArgs, report: ReportViolation) -> None:
    field = IDENTITY_DOCUMENTS.get(args.resource_type)
    documents = [args.props.get(field)] if field else []
    if args.resource_type == "aws:iam/role:Role":
        documents += [p.get("policy") for p in items(args.props.get("inlinePolicies")) if isinstance(p, Mapping)]
    allowed = args.get_config().get("allowedActionsOnAnyResource", DEFAULT_ALLOWED_ON_ANY)
    for document in documents:
        for problem in problems(document, allowed):
            report(f"{args.name}: {problem}; name the actions and scope Resource to the ARNs they need.")


def _no_anonymous_principal(args: ResourceValidationArgs, report: ReportViolation) -> None:
    field = PRINCIPAL_DOCUMENTS.get(args.resource_type)
    if field is None:
        return
    for index, statement in enumerate(statements(args.props.get(field))):
        if anyone_without_condition(statement):
            sid = statement.get("Sid") or f"#{index}"
            report(f"{args.name}: {field} statement {sid} allows Principal '*' with no Condition; name the "
                   "principals (a service, an account or a role ARN) or add a Condition such as aws:SourceAccount.")


def _policy_name(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]


def _no_admin_attachments(args: ResourceValidationArgs, report: ReportViolation) -> None:
    field = ATTACHMENTS.get(args.resource_type)
    if field is None:
        return
    value = args.props.get(field)
    arns = [value] if isinstance(value, str) else items(value)
    denied = set(args.get_config().get("deniedPolicies", DEFAULT_DENIED_POLICIES))
    for arn in arns:
        if isinstance(arn, str) and _policy_name(arn) in denied:
            report(f"{args.name}: {field} attaches {arn}; attach a policy that grants only the actions this "
                   "principal needs.")


def _no_user_credentials(args: ResourceValidationArgs, report: ReportViolation) -> None:
    what = USER_CREDENTIALS.get(args.resource_type)
    if what is not None:
        report(f"{args.name}: gives IAM user {args.props.get('user')!r} {what}; use roles (instance profiles, "
               "OIDC federation, IAM Identity Center) instead of user credentials.")


POLICIES = [
    TypedResourcePolicy(
        name="iam-least-privilege", resource_types=(*IDENTITY_DOCUMENTS, "aws:iam/role:Role"), tags=["least-privilege"],
        description="IAM and bucket policies allow no '*' or iam/kms/s3/sts/ec2 service-wide actions, no writes on "
                    "Resource '*', no NotAction/NotResource, and iam:PassRole only on named role ARNs.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="List the exact actions and the resource ARNs; move actions AWS only grants on '*' to "
                          "the allowedActionsOnAnyResource list in the policy config.",
        config_schema=PolicyConfigSchema(properties={
            "allowedActionsOnAnyResource": {"type": "array", "items": {"type": "string"},
                                            "default": DEFAULT_ALLOWED_ON_ANY},
        }),
        validate=_least_privilege,
    ),
    TypedResourcePolicy(
        name="iam-no-anonymous-principal", resource_types=PRINCIPAL_DOCUMENTS, tags=["least-privilege"],
        description="Trust policies and bucket/key policies never allow Principal '*' without a Condition.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="Name the trusted service, account or role; or add a Condition that pins the caller.",
        validate=_no_anonymous_principal,
    ),
    TypedResourcePolicy(
        name="iam-no-admin-policies", resource_types=ATTACHMENTS, tags=["least-privilege"],
        description="No attachment of broad AWS-managed policies (AdministratorAccess, PowerUserAccess, "
                    "IAMFullAccess; configurable).",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="Replace the attachment with an inline or customer-managed policy scoped to the task.",
        config_schema=PolicyConfigSchema(properties={
            "deniedPolicies": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_DENIED_POLICIES},
        }),
        validate=_no_admin_attachments,
    ),
    TypedResourcePolicy(
        name="iam-no-user-credentials", resource_types=USER_CREDENTIALS, tags=["least-privilege"],
        description="IAM users get no inline or attached policies, access keys or console passwords.",
        enforcement_level=EnforcementLevel.ADVISORY, severity=Severity.MEDIUM,
        remediation_steps="Grant access through roles: instance profiles, OIDC federation for CI, IAM Identity "
                          "Center for people.",
        validate=_no_user_credentials,
    ),
]
