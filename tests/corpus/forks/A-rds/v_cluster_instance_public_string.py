"""expect: any @ orders-aurora-1
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

cluster = aws.rds.Cluster(
    "orders-aurora",
    engine="aurora-mysql",
    master_username="orders",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
)
aws.rds.ClusterInstance("orders-aurora-1", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                        engine="aurora-mysql", publicly_accessible="true")
