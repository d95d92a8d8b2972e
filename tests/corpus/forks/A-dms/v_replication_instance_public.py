"""expect: any @ migrate
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.dms.ReplicationInstance(
    "migrate",
    replication_instance_id="migrate",
    replication_instance_class="dms.t3.medium",
    allocated_storage=50,
    publicly_accessible=True,
    multi_az=True,
    kms_key_arn=cmk("dms-key").arn,
    replication_subnet_group_id="dms-subnets",
)
