"""An Aurora Serverless v2 cluster with a private instance (publicly_accessible left at its false default).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SG, cmk

key = cmk("sv2-key")
c = aws.rds.Cluster(
    "sv2",
    engine="aurora-postgresql",
    engine_mode="provisioned",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    kms_key_id=key.arn,
    backup_retention_period=7,
    serverlessv2_scaling_configuration={"min_capacity": 0.5, "max_capacity": 8},
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
    deletion_protection=True,
)
aws.rds.ClusterInstance("sv2-1", cluster_identifier=c.id, instance_class="db.serverless", engine=c.engine)
