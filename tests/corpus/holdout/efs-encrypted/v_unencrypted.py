"""An EFS file system for shared home directories with encryption left at its default (off).

expect: efs-encrypted @ home-dirs
"""

import pulumi_aws as aws

fs = aws.efs.FileSystem(
    "home-dirs",
    performance_mode="generalPurpose",
    throughput_mode="elastic",
    lifecycle_policies=[{"transition_to_ia": "AFTER_30_DAYS"}],
)
for i, subnet in enumerate(["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]):
    aws.efs.MountTarget(f"home-dirs-mt-{i}", file_system_id=fs.id, subnet_id=subnet)
