"""Backup vault with a CMK; its policy denies deleting recovery points to everyone but allows the account's backup role.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

vault = aws.backup.Vault("vault", name="prod-vault", kms_key_arn=kit.cmk("backup-key").arn)
aws.backup.VaultPolicy("vault-policy", backup_vault_name=vault.name, policy=vault.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"],
         "Resource": arn},
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:role/backup-operator"},
         "Action": "backup:CopyIntoBackupVault", "Resource": arn}]})))
