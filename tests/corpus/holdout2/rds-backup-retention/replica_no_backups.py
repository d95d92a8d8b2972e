"""A read replica with no backups next to a primary keeping 7 days (prod config).

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import db_args

primary = aws.rds.Instance("main-db", **db_args(backup_retention_period=7))
aws.rds.Instance(
    "main-db-ro",
    replicate_source_db=primary.arn,
    instance_class="db.m7g.large",
    backup_retention_period=0,
    publicly_accessible=False,
    deletion_protection=True,
    skip_final_snapshot=True,
)
