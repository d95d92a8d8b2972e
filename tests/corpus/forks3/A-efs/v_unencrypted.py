"""Shared file system for the CMS, encrypted left out (defaults to false). FSBP EFS.1.
expect: any @ cms-uploads
category: rest
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, private_sg

fs = aws.efs.FileSystem("cms-uploads", performance_mode="generalPurpose", throughput_mode="elastic")
sg = private_sg("cms-efs-sg", 2049)
for i, subnet in enumerate(PRIVATE_SUBNETS):
    aws.efs.MountTarget(f"cms-uploads-mt-{i}", file_system_id=fs.id, subnet_id=subnet, security_groups=[sg.id])
