"""Postgres for the orders service; storage_encrypted left out (defaults to false). FSBP RDS.3.
expect: any @ orders-db
category: rest
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, private_sg

subnets = aws.rds.SubnetGroup("orders-db-subnets", subnet_ids=PRIVATE_SUBNETS)
sg = private_sg("orders-db-sg", 5432)
db = aws.rds.Instance("orders-db",
    engine="postgres", engine_version="16.3", instance_class="db.t4g.medium",
    allocated_storage=50, db_name="orders", username="orders_admin",
    manage_master_user_password=True,
    db_subnet_group_name=subnets.name, vpc_security_group_ids=[sg.id],
    backup_retention_period=7, skip_final_snapshot=True)
