"""Glacier vault policy: one role may read; Principal * is only denied deleting archives.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

vault_arn = f"arn:aws:glacier:{kit.REGION}:{kit.ACCOUNT}:vaults/archive"
aws.glacier.Vault("archive", name="archive", access_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Sid": "reader", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:role/archive-reader"},
     "Action": ["glacier:InitiateJob", "glacier:GetJobOutput"], "Resource": vault_arn},
    {"Sid": "noDelete", "Effect": "Deny", "Principal": "*", "Action": "glacier:DeleteArchive", "Resource": vault_arn}]}))
