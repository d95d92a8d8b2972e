"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("docs-key")
params = aws.docdb.ClusterParameterGroup("docs-params", family="docdb5.0",
                                         parameters=[{"name": "tls", "value": "enabled"}, {"name": "audit_logs", "value": "enabled"}])
cluster = aws.docdb.Cluster(
    "docs-db",
    cluster_identifier="docs",
    engine="docdb",
    master_username="docsadmin",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=key.arn,
    backup_retention_period=7,
    db_cluster_parameter_group_name=params.name,
    db_subnet_group_name="db-subnets",
    vpc_security_group_ids=[SG],
    deletion_protection=True,
    enabled_cloudwatch_logs_exports=["audit", "profiler"],
    skip_final_snapshot=False,
    final_snapshot_identifier="docs-final",
)
for i in range(2):
    aws.docdb.ClusterInstance(f"docs-db-{i}", cluster_identifier=cluster.id, instance_class="db.r6g.large")
