"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.fsx.LustreFileSystem(
    "scratch",
    storage_capacity=1200,
    subnet_ids=SUBNETS[0],  # v7: a single subnet id (string)
    security_group_ids=[SG],
    deployment_type="PERSISTENT_2",
    per_unit_storage_throughput=125,
    kms_key_id=cmk("lustre-key").arn,
    automatic_backup_retention_days=7,
)
