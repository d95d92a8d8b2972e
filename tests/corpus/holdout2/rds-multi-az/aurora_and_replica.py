"""An Aurora cluster (storage multi-AZ by design) and a single-AZ read replica of a multi-AZ instance.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, db_args

aws.rds.Cluster(
    "geo-aurora",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=14,
    deletion_protection=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
)
src = aws.rds.Instance("geo-db", **db_args())
aws.rds.Instance(
    "geo-db-replica",
    replicate_source_db=src.identifier,
    instance_class="db.m7g.large",
    multi_az=False,
    publicly_accessible=False,
    deletion_protection=True,
    skip_final_snapshot=True,
)
