"""expect: any @ docs-params
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

params = aws.docdb.ClusterParameterGroup(
    "docs-params",
    family="docdb5.0",
    parameters=[{"name": "tls", "value": "disabled"}],
)
aws.docdb.Cluster(
    "docs-db",
    engine="docdb",
    master_username="docsadmin",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    db_cluster_parameter_group_name=params.name,
    db_subnet_group_name="db-subnets",
    skip_final_snapshot=True,
)
