"""Redshift cluster: CMK, private, require_ssl parameter group, managed master password, audit logging to CloudWatch.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("wh-key")
subnets = aws.redshift.SubnetGroup("wh-subnets", subnet_ids=kit.SUBNETS)
params = aws.redshift.ParameterGroup("wh-params", family="redshift-1.0",
                                     parameters=[{"name": "require_ssl", "value": "true"},
                                                 {"name": "enable_user_activity_logging", "value": "true"}])
cluster = aws.redshift.Cluster("warehouse", cluster_identifier="warehouse", node_type="ra3.xlplus", number_of_nodes=2,
                               master_username="admin", manage_master_password=True, encrypted=True, kms_key_id=key.arn,
                               publicly_accessible=False, enhanced_vpc_routing=True, cluster_parameter_group_name=params.name,
                               cluster_subnet_group_name=subnets.name, vpc_security_group_ids=[kit.SG],
                               automated_snapshot_retention_period=7)
aws.redshift.Logging("warehouse-logging", cluster_identifier=cluster.cluster_identifier, log_destination_type="cloudwatch",
                     log_exports=["connectionlog", "userlog", "useractivitylog"])
