"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

fs = aws.efs.FileSystem("shared-files", encrypted="true", kms_key_id=cmk("files-key").arn, throughput_mode="elastic")
for i, subnet in enumerate(SUBNETS):
    aws.efs.MountTarget(f"shared-files-mt-{i}", file_system_id=fs.id, subnet_id=subnet, security_groups=[SG])
aws.efs.AccessPoint("shared-files-ap", file_system_id=fs.id, posix_user={"uid": 1000, "gid": 1000},
                    root_directory={"path": "/app", "creation_info": {"owner_uid": 1000, "owner_gid": 1000, "permissions": "750"}})
