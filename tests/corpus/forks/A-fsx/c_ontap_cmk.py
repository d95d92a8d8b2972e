"""expect: clean
config: {"corpus:ontapAdminPassword": "ontap-horse-battery-9"}
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.fsx.OntapFileSystem(
    "ontap",
    storage_capacity=1024,
    subnet_ids=SUBNETS[:2],
    preferred_subnet_id=SUBNETS[0],
    deployment_type="MULTI_AZ_1",
    throughput_capacity=512,
    kms_key_id=cmk("ontap-key").arn,
    security_group_ids=[SG],
    automatic_backup_retention_days=7,
    fsx_admin_password=pulumi.Config().require_secret("ontapAdminPassword"),
)
