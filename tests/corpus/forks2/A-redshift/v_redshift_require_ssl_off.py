"""Redshift parameter group with require_ssl false, used by the cluster.

expect: any @ wh-params | warehouse
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("wh-key")
subnets = aws.redshift.SubnetGroup("wh-subnets", subnet_ids=kit.SUBNETS)

params = aws.redshift.ParameterGroup("wh-params", family="redshift-1.0",
                                     parameters=[{"name": "require_ssl", "value": "false"}])
aws.redshift.Cluster("warehouse", cluster_identifier="warehouse", node_type="ra3.xlplus", number_of_nodes=2,
                     master_username="admin", manage_master_password=True, encrypted=True, kms_key_id=key.arn,
                     publicly_accessible=False, cluster_parameter_group_name=params.name,
                     cluster_subnet_group_name=subnets.name, vpc_security_group_ids=[kit.SG])
