"""The bootstrap stack's output names and the GitHub variables they fill (stdlib only: the summary imports it).

The workflows in .github/workflows read exactly ``GITHUB_VARIABLES`` per GitHub environment and
``ACCESS_SWITCH`` once per repository (a test checks both against the workflow files)."""

from __future__ import annotations

STATE_BUCKET_NAME = "stateBucketName"
BACKEND_URL = "backendUrl"
SECRETS_PROVIDER = "secretsProvider"
SECRETS_KEY_ARN = "secretsKeyArn"
REGION = "region"
OIDC_PROVIDER_ARN = "oidcProviderArn"
GITHUB_REPOSITORY = "githubRepository"
GITHUB_ENVIRONMENTS = "githubEnvironments"
"""GitHub environment name -> {variable name: value}: what a team pastes into each environment."""

STACK_OUTPUTS: tuple[str, ...] = (
    STATE_BUCKET_NAME,
    BACKEND_URL,
    SECRETS_PROVIDER,
    SECRETS_KEY_ARN,
    REGION,
    OIDC_PROVIDER_ARN,
    GITHUB_REPOSITORY,
    GITHUB_ENVIRONMENTS,
)

AWS_ROLE_ARN = "AWS_ROLE_ARN"
AWS_REGION = "AWS_REGION"
PULUMI_BACKEND_URL = "PULUMI_BACKEND_URL"
PULUMI_SECRETS_PROVIDER = "PULUMI_SECRETS_PROVIDER"
GITHUB_VARIABLES: tuple[str, ...] = (AWS_ROLE_ARN, AWS_REGION, PULUMI_BACKEND_URL, PULUMI_SECRETS_PROVIDER)
ACCESS_SWITCH = ("AWS_ACCESS_CONFIGURED", "true")
"""The repository variable that turns the workflows' cloud jobs on, and its value."""
