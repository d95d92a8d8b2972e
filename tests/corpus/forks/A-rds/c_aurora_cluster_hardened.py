"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("aurora-key")
params = aws.rds.ClusterParameterGroup("aurora-params", family="aurora-postgresql16",
                                       parameters=[{"name": "rds.force_ssl", "value": "1"}])
cluster = aws.rds.Cluster(
    "orders-aurora",
    engine="aurora-postgresql",
    engine_version="16.4",
    master_username="orders",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=key.arn,
    backup_retention_period=7,
    deletion_protection=True,
    iam_database_authentication_enabled=True,
    db_cluster_parameter_group_name=params.name,
    db_subnet_group_name="db-subnets",
    vpc_security_group_ids=[SG],
    enabled_cloudwatch_logs_exports=["postgresql"],
    copy_tags_to_snapshot=True,
    skip_final_snapshot=False,
    final_snapshot_identifier="orders-aurora-final",
)
for i in range(2):
    aws.rds.ClusterInstance(f"orders-aurora-{i}", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                            engine="aurora-postgresql", publicly_accessible=False, auto_minor_version_upgrade=True)
