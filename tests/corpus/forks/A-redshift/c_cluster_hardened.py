"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("warehouse-key")
params = aws.redshift.ParameterGroup(
    "warehouse-params",
    family="redshift-1.0",
    parameters=[{"name": "require_ssl", "value": "true"}, {"name": "enable_user_activity_logging", "value": "true"}],
)
subnets = aws.redshift.SubnetGroup("warehouse-subnets", subnet_ids=SUBNETS)
cluster = aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.xlplus",
    number_of_nodes=2,
    database_name="analytics",
    master_username="admin",
    manage_master_password=True,
    encrypted=True,
    kms_key_id=key.arn,
    publicly_accessible=False,
    enhanced_vpc_routing=True,
    cluster_parameter_group_name=params.name,
    cluster_subnet_group_name=subnets.name,
    vpc_security_group_ids=[SG],
    automated_snapshot_retention_period=7,
    skip_final_snapshot=False,
    final_snapshot_identifier="warehouse-final",
)
aws.redshift.Logging("warehouse-logging", cluster_identifier=cluster.cluster_identifier, log_destination_type="cloudwatch",
                     log_exports=["connectionlog", "userlog", "useractivitylog"])
