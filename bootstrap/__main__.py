"""aws-starter bootstrap: what a team needs before the template's first `pulumi up`.

Table of contents: validated config -> account -> state backend (bucket + KMS key) -> GitHub OIDC and one
role per GitHub environment -> outputs (the GitHub variables, per environment).
"""

import sys
from pathlib import Path

import pulumi
import pulumi_aws as aws

# The template's building blocks (components/blocks) live at the repository root, one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from foundation import outputs as out
from foundation.config import load_config
from foundation.github_access import GitHubAccess, GitHubAccessArgs
from foundation.state_backend import StateBackend, StateBackendArgs

cfg = load_config()
account_id = aws.get_caller_identity().account_id

backend = StateBackend(
    "state",
    StateBackendArgs(
        region=cfg.region,
        alias=f"alias/{cfg.project}-{cfg.stack}",
        noncurrent_version_days=cfg.noncurrent_version_days,
    ),
)
access = GitHubAccess(
    "github",
    GitHubAccessArgs(
        repository=cfg.github_repository,
        environments=cfg.environments,
        preview_environments=cfg.preview_environments,
        partition=cfg.partition,
        account_id=account_id,
        region=cfg.region,
        deploy_regions=cfg.deploy_regions,
        state_bucket_arn=backend.bucket.arn,
        state_key_arn=backend.key.arn,
        template_project=cfg.template_project,
        existing_provider_arn=cfg.oidc_provider_arn,
    ),
)

pulumi.export(out.STATE_BUCKET_NAME, backend.bucket.name)
pulumi.export(out.BACKEND_URL, backend.backend_url)
pulumi.export(out.SECRETS_PROVIDER, backend.secrets_provider)
pulumi.export(out.SECRETS_KEY_ARN, backend.key.arn)
pulumi.export(out.REGION, cfg.region)
pulumi.export(out.OIDC_PROVIDER_ARN, access.provider_arn)
pulumi.export(out.GITHUB_REPOSITORY, cfg.github_repository)
pulumi.export(
    out.GITHUB_ENVIRONMENTS,
    {
        environment: {
            out.AWS_ROLE_ARN: role.arn,
            out.AWS_REGION: cfg.region,
            out.PULUMI_BACKEND_URL: backend.backend_url,
            out.PULUMI_SECRETS_PROVIDER: backend.secrets_provider,
        }
        for environment, role in access.roles.items()
    },
)
