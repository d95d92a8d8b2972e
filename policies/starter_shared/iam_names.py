"""The template's IAM names, pinned: ``<project>-<stack>-instance``, ``-replication`` and ``-flow-logs``.

The program names its roles and instance profile with :func:`template_iam_names`, and the bootstrap grants
each deploy role IAM writes on exactly the ARNs this function gives for its environment's stack. Autonamed
roles (``<logical name>-<random>``) have no ARN before they exist, so a deploy role could only be granted
``iam:PutRolePolicy``/``iam:PassRole`` on a wildcard, which the pack's ``iam-least-privilege`` refuses.

IAM's limits (the IAM API reference, ``CreateRole`` and ``CreateInstanceProfile``): a role name is 1 to 64
characters, an instance profile name 1 to 128, both of ``[\\w+=,.@-]`` (ASCII word characters). Pulumi project
and stack names are ``[A-Za-z0-9_.-]``, so only the length can fail in practice; both programs check it when
they load their config (:func:`iam_name_problems`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ROLE_NAME = 64
"""IAM's longest role name."""
MAX_INSTANCE_PROFILE_NAME = 128
"""IAM's longest instance profile name."""
_IAM_NAME = re.compile(r"^[A-Za-z0-9_+=,.@-]+$")


@dataclass(frozen=True)
class TemplateIamNames:
    """The physical names of one stack's IAM roles and instance profile."""

    instance_role: str
    instance_profile: str
    replication_role: str
    flow_logs_role: str
    """VPC flow logs' delivery role (components/flow_logs.py)."""

    @property
    def roles(self) -> tuple[str, ...]:
        """Every role name, in a fixed order (instance, replication, flow logs)."""
        return (self.instance_role, self.replication_role, self.flow_logs_role)


def template_iam_names(project: str, stack: str) -> TemplateIamNames:
    """The names the template gives stack ``stack`` of project ``project`` (the project's name in Pulumi.yaml)."""
    base = f"{project}-{stack}"
    return TemplateIamNames(
        instance_role=f"{base}-instance",
        instance_profile=f"{base}-instance",
        replication_role=f"{base}-replication",
        flow_logs_role=f"{base}-flow-logs",
    )


def iam_name_problems(names: TemplateIamNames) -> list[tuple[str, str, str]]:
    """(what, name, expected) for each name IAM would refuse: too long, or a character IAM does not allow."""
    found = []
    limits = (
        ("IAM role name <project>-<stack>-instance", names.instance_role, MAX_ROLE_NAME),
        ("IAM role name <project>-<stack>-replication", names.replication_role, MAX_ROLE_NAME),
        ("IAM role name <project>-<stack>-flow-logs", names.flow_logs_role, MAX_ROLE_NAME),
        ("IAM instance profile name <project>-<stack>-instance", names.instance_profile, MAX_INSTANCE_PROFILE_NAME),
    )
    for what, name, limit in limits:
        if len(name) > limit:
            found.append((what, name, f"at most {limit} characters (this is {len(name)}): a shorter project or stack name"))
        elif not _IAM_NAME.match(name):
            found.append((what, name, "only letters, digits and _+=,.@- (IAM's name characters)"))
    return found
