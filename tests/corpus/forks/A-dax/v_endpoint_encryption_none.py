"""expect: any @ ddb-cache
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.dax.Cluster(
    "ddb-cache",
    cluster_name="cache-dax",
    iam_role_arn=f"arn:aws:iam::{ACCOUNT}:role/dax-orders",
    node_type="dax.t3.small",
    replication_factor=3,
    server_side_encryption={"enabled": True},
    cluster_endpoint_encryption_type="NONE",
)
