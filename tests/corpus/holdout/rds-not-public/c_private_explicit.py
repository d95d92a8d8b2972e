"""An instance in private subnets with publicly_accessible=False set explicitly, IAM auth on.

expect: clean
"""

import pulumi_aws as aws

group = aws.rds.SubnetGroup("private-dbs", subnet_ids=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])
aws.rds.Instance(
    "auth-db",
    engine="postgres",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="auth",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=1,
    publicly_accessible=False,
    db_subnet_group_name=group.name,
    iam_database_authentication_enabled=True,
    skip_final_snapshot=True,
)
