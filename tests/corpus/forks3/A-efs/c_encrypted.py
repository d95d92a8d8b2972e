"""Encrypted EFS with CMK, TLS-only file system policy, backups on.
expect: clean
"""
import json
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("efs-key")
fs = aws.efs.FileSystem("media", encrypted=True, kms_key_id=key.arn, throughput_mode="elastic")
aws.efs.BackupPolicy("media-backup", file_system_id=fs.id, backup_policy={"status": "ENABLED"})
aws.efs.FileSystemPolicy("media-policy", file_system_id=fs.id,
    policy=fs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "*",
        "Resource": arn, "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})))
