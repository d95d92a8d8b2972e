"""Encrypted EFS with a file-system policy: one role mounts; Principal * denied without TLS.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

fs = aws.efs.FileSystem("shared", encrypted=True, kms_key_id=kit.cmk("efs-key").arn)
aws.efs.BackupPolicy("shared-backup", file_system_id=fs.id, backup_policy={"status": "ENABLED"})
aws.efs.FileSystemPolicy("shared-policy", file_system_id=fs.id, policy=fs.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:role/app"},
         "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": arn},
        {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "*", "Resource": arn,
         "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})))
