"""Aurora cluster instances created in a loop, publicly_accessible "True" as a string. Unsure: go-cty converts only "true"/"1"/"false"/"0" to a bool and refuses capitalised spellings, so the real provider probably rejects this program; kept because the brief asks for the form.

expect: any @ orders-1 | orders-0
unsure: yes
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cluster = aws.rds.Cluster("orders", engine="aurora-postgresql", engine_version="15.4", master_username="app",
                          manage_master_user_password=True, storage_encrypted=True, kms_key_id=kit.cmk("rds-key").arn,
                          backup_retention_period=7, skip_final_snapshot=True, vpc_security_group_ids=[kit.SG])
for i in range(2):
    aws.rds.ClusterInstance(f"orders-{i}", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                            engine="aurora-postgresql", publicly_accessible="True")
