"""Redshift Serverless namespace with a CMK and managed admin password; private workgroup.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("rss-key")
ns = aws.redshiftserverless.Namespace("analytics", namespace_name="analytics", kms_key_id=key.arn,
                                      admin_username="admin", manage_admin_password=True,
                                      log_exports=["userlog", "connectionlog", "useractivitylog"])
aws.redshiftserverless.Workgroup("analytics-wg", workgroup_name="analytics", namespace_name=ns.namespace_name,
                                 base_capacity=8, publicly_accessible=False, enhanced_vpc_routing=True,
                                 subnet_ids=kit.SUBNETS, security_group_ids=[kit.SG])
