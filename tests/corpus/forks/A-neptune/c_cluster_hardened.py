"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("graph-key")
cluster = aws.neptune.Cluster(
    "graph",
    cluster_identifier="graph",
    engine="neptune",
    backup_retention_period=7,
    storage_encrypted=True,
    kms_key_arn=key.arn,
    iam_database_authentication_enabled=True,
    deletion_protection=True,
    enable_cloudwatch_logs_exports=["audit"],
    neptune_subnet_group_name="graph-subnets",
    vpc_security_group_ids=[SG],
    skip_final_snapshot=False,
    final_snapshot_identifier="graph-final",
    copy_tags_to_snapshot=True,
)
aws.neptune.ClusterInstance("graph-1", cluster_identifier=cluster.id, instance_class="db.r6g.large", publicly_accessible=False)
