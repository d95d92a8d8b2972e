"""Backup vault access policy allowing anyone to delete recovery points.

expect: any @ vault-policy | vault
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

vault = aws.backup.Vault("vault", name="prod-vault", kms_key_arn=kit.cmk("backup-key").arn)
aws.backup.VaultPolicy("vault-policy", backup_vault_name=vault.name, policy=vault.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*",
                   "Action": ["backup:DeleteRecoveryPoint", "backup:GetRecoveryPointRestoreMetadata"],
                   "Resource": arn}]})))
