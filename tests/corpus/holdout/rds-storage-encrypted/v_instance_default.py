"""A Postgres instance with storage_encrypted left at its default (false).

expect: rds-storage-encrypted @ orders-db
"""

import pulumi_aws as aws

aws.rds.Instance(
    "orders-db",
    engine="postgres",
    engine_version="16.3",
    instance_class="db.t4g.medium",
    allocated_storage=50,
    username="app",
    manage_master_user_password=True,
    backup_retention_period=7,
    skip_final_snapshot=False,
    final_snapshot_identifier="orders-final",
    db_subnet_group_name="private-dbs",
    vpc_security_group_ids=["sg-0a1b2c3d4e5f60718"],
)
