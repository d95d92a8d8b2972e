"""Backup vault access policy letting anyone restore/copy recovery points.
expect: any @ vault-policy | nightly-vault
category: resource-policy
"""
import json
import pulumi_aws as aws

vault = aws.backup.Vault("nightly-vault")
aws.backup.VaultPolicy("vault-policy", backup_vault_name=vault.name,
    policy=vault.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": ["backup:CopyIntoBackupVault", "backup:StartRestoreJob"],
        "Resource": arn}]})))
