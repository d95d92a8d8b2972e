"""DocumentDB cluster leaving storage encryption at the provider default (off).

expect: any @ docs
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("docs-key")
sg = kit.db_sg("docs-sg", 27017)
subnets = aws.docdb.SubnetGroup("docs-subnets", subnet_ids=kit.SUBNETS)

aws.docdb.Cluster("docs", master_username="docadmin", manage_master_user_password=True,
                  db_subnet_group_name=subnets.name, vpc_security_group_ids=[sg.id], backup_retention_period=7)
