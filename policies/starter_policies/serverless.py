"""Lambda exposure: function URLs require IAM auth, and no resource-based permission lets anyone invoke."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pulumi_policy import EnforcementLevel, Severity

from starter_policies.common import TypedResourcePolicy, given

FUNCTION_URL = "aws:lambda/functionUrl:FunctionUrl"
PERMISSION = "aws:lambda/permission:Permission"
# Conditions that scope a permission for principal '*' to a source (AWS's confused-deputy guards).
SCOPING_KEYS = ("sourceArn", "sourceAccount", "principalOrgId")


def function_url_problem(props: Mapping[str, Any]) -> str | None:
    auth = props.get("authorizationType")
    if auth == "NONE":
        return "authorizationType is 'NONE': anyone on the internet can invoke it; use 'AWS_IAM'"
    return None


def permission_problem(props: Mapping[str, Any]) -> str | None:
    """A permission that lets anyone invoke: principal '*' with no source condition, or any public function-URL
    grant (functionUrlAuthType 'NONE')."""
    if props.get("functionUrlAuthType") == "NONE":
        return "functionUrlAuthType is 'NONE': it opens the function URL to everyone; use 'AWS_IAM'"
    principal = props.get("principal")
    if principal == "*" and not any(given(props, key) for key in SCOPING_KEYS):
        return (
            "principal is '*' with no sourceArn, sourceAccount or principalOrgId: anyone can invoke it; name "
            "the calling service or account and scope it with source_arn"
        )
    return None


POLICIES = [
    TypedResourcePolicy(
        name="lambda-url-auth",
        resource_types=(FUNCTION_URL,),
        tags=["exposure"],
        description="Lambda function URLs require IAM authorization (authorizationType AWS_IAM).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set authorization_type='AWS_IAM' on aws.lambda_.FunctionUrl; put CloudFront with an "
        "origin access control in front for public traffic.",
        judge=lambda a: function_url_problem(a.props),
    ),
    TypedResourcePolicy(
        name="lambda-no-public-invoke",
        resource_types=(PERMISSION,),
        tags=["exposure"],
        description="No Lambda permission lets anyone invoke: principal '*' needs sourceArn, sourceAccount or "
        "principalOrgId, and functionUrlAuthType NONE is refused.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Name the calling service principal and set source_arn (or source_account); never grant "
        "lambda:InvokeFunctionUrl with function_url_auth_type='NONE'.",
        judge=lambda a: permission_problem(a.props),
    ),
]
