"""The self-managed Pulumi backend: a KMS key (state encryption and the stacks' secrets provider) and the
state bucket, both protected and retained."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components.blocks.secure_bucket import SecureBucket, SecureBucketArgs


@dataclass(frozen=True)
class StateBackendArgs:
    """Inputs of the backend."""

    region: str
    """Where the bucket and key live (the secrets provider URL names it)."""
    alias: str
    """The key's alias, ``alias/<name>``: what ``--secrets-provider awskms://`` names."""
    noncurrent_version_days: int
    """Old versions of state files are kept this long (a bad `pulumi up` can be rolled back from them)."""


class StateBackend(pulumi.ComponentResource):
    """A rotating KMS key with an alias, and a hardened bucket (the template's SecureBucket: versioned, SSE-KMS
    with that key and a Bucket Key, all public access blocked, ownership enforced, TLS-only policy, noncurrent
    versions expired). Bucket and key are ``protect``-ed and retained on delete: no `pulumi destroy` of the
    bootstrap removes the team's state or the key that decrypts its secrets."""

    key: aws.kms.Key
    alias: aws.kms.Alias
    bucket: SecureBucket
    backend_url: pulumi.Output[str]
    secrets_provider: pulumi.Output[str]

    def __init__(self, name: str, args: StateBackendArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:bootstrap:StateBackend", name, None, opts)
        kept = pulumi.ResourceOptions(parent=self, protect=True, retain_on_delete=True)
        self.key = aws.kms.Key(
            f"{name}-key",
            description="Pulumi state bucket encryption and stack secrets",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            opts=kept,
        )
        self.alias = aws.kms.Alias(
            f"{name}-key-alias",
            name=args.alias,
            target_key_id=self.key.key_id,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.bucket = SecureBucket(
            name,
            SecureBucketArgs(noncurrent_version_days=args.noncurrent_version_days, kms_key_arn=self.key.arn, protect=True),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.backend_url = pulumi.Output.concat("s3://", self.bucket.name)
        # The alias, not the key id: readable in the workflow variables, and stable if the key is ever replaced.
        self.secrets_provider = pulumi.Output.concat("awskms://", self.alias.name, "?region=", args.region)
        self.register_outputs(
            {
                "bucketName": self.bucket.name,
                "keyArn": self.key.arn,
                "backendUrl": self.backend_url,
                "secretsProvider": self.secrets_provider,
            }
        )
