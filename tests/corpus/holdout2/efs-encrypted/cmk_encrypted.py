"""EFS encrypted with a CMK plus an access point.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cmk

key = cmk("efs-key")
fs = aws.efs.FileSystem("jenkins-home", encrypted=True, kms_key_id=key.arn)
aws.efs.AccessPoint(
    "jenkins-ap",
    file_system_id=fs.id,
    posix_user={"uid": 1000, "gid": 1000},
    root_directory={"path": "/jenkins", "creation_info": {"owner_uid": 1000, "owner_gid": 1000, "permissions": "750"}},
)
