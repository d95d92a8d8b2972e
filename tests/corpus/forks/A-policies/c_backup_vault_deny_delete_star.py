"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

vault = aws.backup.Vault("vault", kms_key_arn=cmk("backup-key").arn)
aws.backup.VaultPolicy(
    "vault-policy",
    backup_vault_name=vault.name,
    policy=vault.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "no-delete", "Effect": "Deny", "Principal": {"AWS": "*"},
                       "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"], "Resource": "*"}],
    })),
)
aws.backup.VaultLockConfiguration("vault-lock", backup_vault_name=vault.name, min_retention_days=7, max_retention_days=365)
