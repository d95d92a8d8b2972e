"""An encrypted source instance and a read replica that inherits its encryption (no storage_encrypted set).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("pg-key")
primary = aws.rds.Instance(
    "pg-primary",
    engine="postgres",
    instance_class="db.m7g.large",
    allocated_storage=100,
    username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=key.arn,
    backup_retention_period=14,
    multi_az=True,
    db_subnet_group_name="private-dbs",
)
aws.rds.Instance(
    "pg-replica", replicate_source_db=primary.identifier, instance_class="db.m7g.large", skip_final_snapshot=True
)
