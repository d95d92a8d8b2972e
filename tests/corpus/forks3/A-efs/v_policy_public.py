"""EFS file system policy granting mount/write to Principal "*" with no condition.
expect: any @ shared-fs-policy | shared-fs
category: resource-policy
"""
import json
import pulumi_aws as aws

fs = aws.efs.FileSystem("shared-fs", encrypted=True)
aws.efs.FileSystemPolicy("shared-fs-policy", file_system_id=fs.id,
    policy=fs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": "*"},
        "Action": ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"], "Resource": arn}]})))
