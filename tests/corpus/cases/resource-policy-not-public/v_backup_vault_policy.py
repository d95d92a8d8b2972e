"""A Backup vault policy that lets anyone copy recovery points out.

expect: resource-policy-not-public @ vault-policy
"""

import json

import pulumi_aws as aws

vault = aws.backup.Vault("vault")
aws.backup.VaultPolicy(
    "vault-policy",
    backup_vault_name=vault.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "backup:CopyIntoBackupVault", "Resource": "*"}],
        }
    ),
)
