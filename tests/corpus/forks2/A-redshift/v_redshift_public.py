"""Encrypted Redshift cluster that is publicly accessible.

expect: any @ warehouse
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("wh-key")
subnets = aws.redshift.SubnetGroup("wh-subnets", subnet_ids=kit.SUBNETS)

aws.redshift.Cluster("warehouse", cluster_identifier="warehouse", node_type="ra3.xlplus", number_of_nodes=2,
                     master_username="admin", manage_master_password=True, encrypted=True, kms_key_id=key.arn,
                     publicly_accessible=True, cluster_subnet_group_name=subnets.name,
                     vpc_security_group_ids=[kit.SG], automated_snapshot_retention_period=7)
