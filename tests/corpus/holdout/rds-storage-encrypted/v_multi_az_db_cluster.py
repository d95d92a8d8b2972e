"""A Multi-AZ DB cluster (non-Aurora postgres, db_cluster_instance_class) with storage_encrypted=False.

expect: rds-storage-encrypted @ mz-cluster
"""

import pulumi_aws as aws

aws.rds.Cluster(
    "mz-cluster",
    engine="postgres",
    db_cluster_instance_class="db.m6gd.large",
    storage_type="io1",
    allocated_storage=100,
    iops=1000,
    master_username="mz",
    manage_master_user_password=True,
    storage_encrypted=False,
    backup_retention_period=7,
    skip_final_snapshot=True,
)
