"""expect: any @ graph
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.neptune.Cluster(
    "graph",
    cluster_identifier="graph",
    engine="neptune",
    backup_retention_period=7,
    storage_encrypted=False,
    iam_database_authentication_enabled=True,
    neptune_subnet_group_name="graph-subnets",
    skip_final_snapshot=True,
)
