"""An Aurora cluster that leaves backup_retention_period unset (AWS keeps 1 day by default).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SG

aws.rds.Cluster(
    "notes-aurora",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
)
