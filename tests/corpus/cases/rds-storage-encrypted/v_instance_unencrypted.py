"""PLANNED RULE. An RDS instance with storage_encrypted left off.

expect: rds-storage-encrypted @ orders-db
"""

import pulumi_aws as aws

aws.rds.Instance(
    "orders-db",
    engine="postgres",
    engine_version="16.3",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
    db_subnet_group_name="private",
    publicly_accessible=False,
    skip_final_snapshot=True,
)
