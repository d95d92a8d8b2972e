"""expect: any @ bi-cluster
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.redshift.Cluster(
    "bi-cluster",
    cluster_identifier="bi",
    node_type="ra3.xlplus",
    number_of_nodes=2,
    database_name="bi",
    master_username="admin",
    manage_master_password=True,
    encrypted="false",
    publicly_accessible=False,
    cluster_subnet_group_name="warehouse-subnets",
    automated_snapshot_retention_period=7,
    skip_final_snapshot=True,
)
