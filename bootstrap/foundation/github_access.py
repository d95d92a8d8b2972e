"""GitHub Actions' way into the account: the OIDC provider (or the account's existing one) and one role per
GitHub environment, trusted only by this repository's workflows running in that environment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_aws as aws
from starter_shared.iam_documents import GITHUB_HOST
from starter_shared.iam_names import template_iam_names

from foundation import permissions

AUDIENCE = "sts.amazonaws.com"
"""The audience aws-actions/configure-aws-credentials requests."""


def github_trust_policy(provider_arn: pulumi.Input[str], repository: str, environment: str) -> dict[str, Any]:
    """Only tokens for ``repository`` running a job in GitHub environment ``environment`` (exact match, no
    wildcards: a branch, a fork or another environment gets no credentials)."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "GitHubEnvironmentOnly",
                "Effect": "Allow",
                "Principal": {"Federated": provider_arn},
                "Action": "sts:AssumeRoleWithWebIdentity",
                "Condition": {
                    "StringEquals": {
                        f"{GITHUB_HOST}:aud": AUDIENCE,
                        f"{GITHUB_HOST}:sub": f"repo:{repository}:environment:{environment}",
                    }
                },
            }
        ],
    }


@dataclass(frozen=True)
class GitHubAccessArgs:
    """Inputs of the GitHub access."""

    repository: str
    environments: Sequence[str]
    preview_environments: Sequence[str]
    """Same order as ``environments``: ``preview_environments[i]`` reads what ``environments[i]`` deploys."""
    partition: str
    account_id: pulumi.Input[str]
    region: str
    deploy_regions: Sequence[str]
    state_bucket_arn: pulumi.Input[str]
    state_key_arn: pulumi.Input[str]
    template_project: str
    """The template's project name: deploy role ``<env>`` may change only the IAM roles and instance profile of
    the template's stack ``<env>`` (``starter_shared.iam_names``)."""
    existing_provider_arn: str | None = None
    """Reuse this OIDC provider (an account holds one per issuer) instead of creating it."""


class GitHubAccess(pulumi.ComponentResource):
    """The OIDC provider and, per GitHub environment, a role with an inline policy: ``<env>`` deploys the
    template, ``preview-<env>`` only reads (see ``foundation.permissions``). No managed policy is attached."""

    provider_arn: pulumi.Output[str]
    roles: dict[str, aws.iam.Role]

    def __init__(self, name: str, args: GitHubAccessArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:bootstrap:GitHubAccess", name, None, opts)
        if args.existing_provider_arn:
            self.provider_arn = pulumi.Output.from_input(args.existing_provider_arn)
        else:
            provider = aws.iam.OpenIdConnectProvider(
                f"{name}-oidc",
                url=f"https://{GITHUB_HOST}",
                client_id_lists=[AUDIENCE],
                # IAM verifies GitHub's certificate chain itself; the thumbprint is only kept for the API's sake.
                thumbprint_lists=["6938fd4d98bab03faadb97b34396831e3780aea1"],
                opts=pulumi.ResourceOptions(parent=self),
            )
            self.provider_arn = provider.arn
        self.roles = {}
        for environment, preview in zip(args.environments, args.preview_environments, strict=True):
            self.roles[environment] = self._role(
                name,
                environment,
                "Deploys the template",
                permissions.deploy_policy(
                    args.partition,
                    args.account_id,
                    environment,
                    template_iam_names(args.template_project, environment),
                    args.deploy_regions,
                    args.state_bucket_arn,
                    args.state_key_arn,
                    args.region,
                ),
                args,
            )
            self.roles[preview] = self._role(
                name,
                preview,
                "Previews and audits the template (read-only)",
                permissions.preview_policy(
                    args.partition, args.deploy_regions, args.state_bucket_arn, args.state_key_arn, args.region
                ),
                args,
            )
        self.register_outputs(
            {
                "providerArn": self.provider_arn,
                "roleArns": {env: role.arn for env, role in self.roles.items()},
            }
        )

    def _role(
        self, name: str, environment: str, purpose: str, policy: dict[str, Any], args: GitHubAccessArgs
    ) -> aws.iam.Role:
        child = pulumi.ResourceOptions(parent=self)
        role = aws.iam.Role(
            f"{name}-{environment}",
            description=f"{purpose}: GitHub environment {environment} of {args.repository}",
            assume_role_policy=pulumi.Output.json_dumps(
                github_trust_policy(self.provider_arn, args.repository, environment)
            ),
            max_session_duration=3600,
            opts=child,
        )
        aws.iam.RolePolicy(
            f"{name}-{environment}",
            role=role.id,
            policy=pulumi.Output.json_dumps(policy),
            opts=child,
        )
        return role
