"""expect: any @ analytics-wg
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

ns = aws.redshiftserverless.Namespace("analytics-ns", namespace_name="analytics", manage_admin_password=True, admin_username="admin")
aws.redshiftserverless.Workgroup(
    "analytics-wg",
    namespace_name=ns.namespace_name,
    workgroup_name="analytics",
    base_capacity=32,
    publicly_accessible=True,
    subnet_ids=SUBNETS,
    security_group_ids=[SG],
)
