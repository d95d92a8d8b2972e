"""Redshift Serverless workgroup publicly accessible.
expect: any @ adhoc-wg
category: exposure
"""
import pulumi_aws as aws

ns = aws.redshiftserverless.Namespace("adhoc-ns", namespace_name="adhoc", manage_admin_password=True, admin_username="admin")
aws.redshiftserverless.Workgroup("adhoc-wg", namespace_name=ns.namespace_name, workgroup_name="adhoc",
                                 base_capacity=8, publicly_accessible=True)
