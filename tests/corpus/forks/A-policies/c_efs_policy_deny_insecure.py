"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

fs = aws.efs.FileSystem("shared-fs", encrypted=True, kms_key_id=cmk("efs-key").arn)
aws.efs.FileSystemPolicy(
    "shared-fs-policy",
    file_system_id=fs.id,
    policy=fs.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "tls", "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "*", "Resource": arn,
             "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
            {"Sid": "app", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/files-task"},
             "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": arn},
        ],
    })),
)
aws.efs.BackupPolicy("shared-fs-backup", file_system_id=fs.id, backup_policy={"status": "ENABLED"})
