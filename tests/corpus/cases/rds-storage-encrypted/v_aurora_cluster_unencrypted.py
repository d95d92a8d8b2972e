"""PLANNED RULE. An Aurora cluster with storage_encrypted=False.

expect: rds-storage-encrypted @ aurora
"""

import pulumi_aws as aws

aws.rds.Cluster(
    "aurora",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    db_subnet_group_name="private",
    storage_encrypted=False,
    skip_final_snapshot=True,
)
