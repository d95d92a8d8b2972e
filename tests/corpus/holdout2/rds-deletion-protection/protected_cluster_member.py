"""A protected Aurora cluster and its member instance (deletion protection is a cluster setting).

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG

c = aws.rds.Cluster(
    "crm-aurora",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=14,
    deletion_protection=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
)
aws.rds.ClusterInstance("crm-aurora-1", cluster_identifier=c.id, instance_class="db.r7g.large", engine="aurora-postgresql")
