"""DocumentDB cluster parameter group turning TLS off.

expect: any @ docs-params | docs
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("docs-key")
sg = kit.db_sg("docs-sg", 27017)
subnets = aws.docdb.SubnetGroup("docs-subnets", subnet_ids=kit.SUBNETS)

params = aws.docdb.ClusterParameterGroup("docs-params", family="docdb5.0",
                                         parameters=[{"name": "tls", "value": "disabled"}])
aws.docdb.Cluster("docs", master_username="docadmin", manage_master_user_password=True, storage_encrypted=True,
                  kms_key_id=key.arn, db_cluster_parameter_group_name=params.name,
                  db_subnet_group_name=subnets.name, vpc_security_group_ids=[sg.id], backup_retention_period=7)
