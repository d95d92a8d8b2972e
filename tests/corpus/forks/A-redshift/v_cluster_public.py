"""expect: any @ warehouse
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.redshift.Cluster(
    "warehouse",
    cluster_identifier="warehouse",
    node_type="ra3.xlplus",
    number_of_nodes=2,
    database_name="analytics",
    master_username="admin",
    manage_master_password=True,
    encrypted=True,
    publicly_accessible=True,
    cluster_subnet_group_name="warehouse-subnets",
    vpc_security_group_ids=[SG],
    automated_snapshot_retention_period=7,
    skip_final_snapshot=False,
    final_snapshot_identifier="warehouse-final",
)
