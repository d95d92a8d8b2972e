"""expect: any @ graph-1
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("graph-key")
cluster = aws.neptune.Cluster(
    "graph",
    engine="neptune",
    backup_retention_period=7,
    storage_encrypted=True,
    kms_key_arn=key.arn,
    iam_database_authentication_enabled=True,
    skip_final_snapshot=True,
)
aws.neptune.ClusterInstance("graph-1", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                            publicly_accessible=True)
