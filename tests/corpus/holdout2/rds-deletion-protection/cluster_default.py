"""A production Aurora cluster that never mentions deletion protection (default false).

expect: rds-deletion-protection @ search-aurora
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG

aws.rds.Cluster(
    "search-aurora",
    engine="aurora-mysql",
    master_username="admin",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=14,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
)
