"""expect: any @ warehouse-params
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

params = aws.redshift.ParameterGroup(
    "warehouse-params",
    family="redshift-1.0",
    parameters=[{"name": "require_ssl", "value": "false"}, {"name": "enable_user_activity_logging", "value": "true"}],
)
aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.xlplus",
    number_of_nodes=2,
    master_username="admin",
    manage_master_password=True,
    encrypted=True,
    publicly_accessible=False,
    cluster_parameter_group_name=params.name,
    cluster_subnet_group_name="warehouse-subnets",
    automated_snapshot_retention_period=7,
    skip_final_snapshot=True,
)
