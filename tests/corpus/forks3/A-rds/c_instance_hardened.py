"""Encrypted with a CMK, private, managed master password, backups and deletion protection.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk, private_sg

key = cmk("catalog-db-key")
subnets = aws.rds.SubnetGroup("catalog-db-subnets", subnet_ids=PRIVATE_SUBNETS)
sg = private_sg("catalog-db-sg", 5432)
aws.rds.Instance("catalog-db",
    engine="postgres", engine_version="16.3", instance_class="db.t4g.medium",
    allocated_storage=50, db_name="catalog", username="catalog_admin",
    manage_master_user_password=True, storage_encrypted=True, kms_key_id=key.arn,
    db_subnet_group_name=subnets.name, vpc_security_group_ids=[sg.id], publicly_accessible=False,
    backup_retention_period=7, deletion_protection=True, multi_az=True,
    copy_tags_to_snapshot=True, auto_minor_version_upgrade=True,
    iam_database_authentication_enabled=True,
    enabled_cloudwatch_logs_exports=["postgresql", "upgrade"],
    final_snapshot_identifier="catalog-db-final")
