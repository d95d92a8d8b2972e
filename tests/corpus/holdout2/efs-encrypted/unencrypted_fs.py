"""A shared EFS file system for a CMS, created by a helper with encrypted left to its default (false).

expect: efs-encrypted @ cms-shared
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS


def shared_fs(name, **kw):
    fs = aws.efs.FileSystem(name, performance_mode="generalPurpose", throughput_mode="elastic", **kw)
    for i, subnet in enumerate(SUBNETS):
        aws.efs.MountTarget(f"{name}-mt-{i}", file_system_id=fs.id, subnet_id=subnet, security_groups=[SG])
    return fs


shared_fs("cms-shared")
