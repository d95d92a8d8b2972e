"""Redshift cluster with encrypted="false" (string). Unsure: AWS now encrypts new clusters by default, but the program asks for none.

expect: any @ warehouse
unsure: yes
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("wh-key")
subnets = aws.redshift.SubnetGroup("wh-subnets", subnet_ids=kit.SUBNETS)

aws.redshift.Cluster("warehouse", cluster_identifier="warehouse", node_type="ra3.xlplus", number_of_nodes=2,
                     master_username="admin", manage_master_password=True, encrypted="false",
                     publicly_accessible=False, cluster_subnet_group_name=subnets.name,
                     vpc_security_group_ids=[kit.SG], automated_snapshot_retention_period=7)
