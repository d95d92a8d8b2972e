"""Aurora cluster (CMK, backups) with private instances created in a loop, publicly_accessible "false" as string.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cluster = aws.rds.Cluster("orders", engine="aurora-postgresql", engine_version="15.4", master_username="app",
                          manage_master_user_password=True, storage_encrypted=True, kms_key_id=kit.cmk("rds-key").arn,
                          backup_retention_period=7, deletion_protection=True, skip_final_snapshot=False,
                          final_snapshot_identifier="orders-final", vpc_security_group_ids=[kit.SG])
for i in range(2):
    aws.rds.ClusterInstance(f"orders-{i}", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                            engine="aurora-postgresql", publicly_accessible="false")
