"""A Multi-AZ DB cluster (non-Aurora, engine postgres) with storage_encrypted given as the string "false".

expect: rds-storage-encrypted @ pg-maz
"""

import pulumi_aws as aws
from holdout2_kit import SG

aws.rds.Cluster(
    "pg-maz",
    engine="postgres",
    db_cluster_instance_class="db.m6gd.large",
    storage_type="io1",
    allocated_storage=100,
    iops=1000,
    master_username="app",
    manage_master_user_password=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
    storage_encrypted="false",
    backup_retention_period=7,
    deletion_protection=True,
)
