"""DocumentDB cluster with CMK storage encryption, TLS parameter group, managed master password, audit logs.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("docs-key")
sg = kit.db_sg("docs-sg", 27017)
subnets = aws.docdb.SubnetGroup("docs-subnets", subnet_ids=kit.SUBNETS)
params = aws.docdb.ClusterParameterGroup("docs-params", family="docdb5.0",
                                         parameters=[{"name": "tls", "value": "enabled"}, {"name": "audit_logs", "value": "enabled"}])
cluster = aws.docdb.Cluster("docs", engine="docdb", master_username="docadmin", manage_master_user_password=True,
                            storage_encrypted=True, kms_key_id=key.arn, db_cluster_parameter_group_name=params.name,
                            db_subnet_group_name=subnets.name, vpc_security_group_ids=[sg.id], backup_retention_period=7,
                            deletion_protection=True, enabled_cloudwatch_logs_exports=["audit"])
aws.docdb.ClusterInstance("docs-1", cluster_identifier=cluster.id, instance_class="db.r6g.large")
