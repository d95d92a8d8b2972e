"""expect: any @ shared-fs-policy
category: resource-policy
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
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},
                       "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": arn}],
    })),
)
