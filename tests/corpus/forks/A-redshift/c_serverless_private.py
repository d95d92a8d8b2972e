"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("analytics-key")
ns = aws.redshiftserverless.Namespace("analytics-ns", namespace_name="analytics", admin_username="admin",
                                      manage_admin_password=True, kms_key_id=key.arn, log_exports=["userlog", "connectionlog"])
aws.redshiftserverless.Workgroup(
    "analytics-wg",
    namespace_name=ns.namespace_name,
    workgroup_name="analytics",
    base_capacity=32,
    publicly_accessible=False,
    enhanced_vpc_routing=True,
    subnet_ids=SUBNETS,
    security_group_ids=[SG],
)
