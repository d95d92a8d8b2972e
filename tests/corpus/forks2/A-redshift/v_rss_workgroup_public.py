"""Redshift Serverless workgroup publicly accessible.

expect: any @ analytics-wg
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("rss-key")
ns = aws.redshiftserverless.Namespace("analytics", namespace_name="analytics", kms_key_id=key.arn,
                                      admin_username="admin", manage_admin_password=True)
aws.redshiftserverless.Workgroup("analytics-wg", workgroup_name="analytics", namespace_name=ns.namespace_name,
                                 base_capacity=8, publicly_accessible=True, subnet_ids=kit.SUBNETS,
                                 security_group_ids=[kit.SG])
