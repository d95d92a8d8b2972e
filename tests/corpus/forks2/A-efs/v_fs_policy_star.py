"""EFS file-system policy granting mount and write to Principal * without a condition.

expect: any @ shared-policy | shared
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

fs = aws.efs.FileSystem("shared", encrypted=True, kms_key_id=kit.cmk("efs-key").arn)
aws.efs.FileSystemPolicy("shared-policy", file_system_id=fs.id, policy=fs.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                   "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": arn}]})))
