"""MySQL reachable from the office: publicly_accessible=True, in public subnets. FSBP RDS.2.
expect: any @ reporting-db
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import PUBLIC_SUBNETS, cmk

key = cmk("reporting-key")
subnets = aws.rds.SubnetGroup("reporting-subnets", subnet_ids=PUBLIC_SUBNETS)
aws.rds.Instance("reporting-db", engine="mysql", engine_version="8.0", instance_class="db.t3.micro",
                 allocated_storage=20, username="admin", manage_master_user_password=True,
                 storage_encrypted=True, kms_key_id=key.arn,
                 db_subnet_group_name=subnets.name, publicly_accessible=True, skip_final_snapshot=True)
