"""A read replica of an encrypted primary and a staging DB restored from an encrypted snapshot, neither repeating the flag.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import db_args

primary = aws.rds.Instance("core-db", **db_args())
aws.rds.Instance(
    "core-db-replica",
    replicate_source_db=primary.identifier,
    instance_class="db.m7g.large",
    vpc_security_group_ids=primary.vpc_security_group_ids,
    publicly_accessible=False,
    skip_final_snapshot=True,
    backup_retention_period=0,
)
aws.rds.Instance(
    "staging-db",
    snapshot_identifier="arn:aws:rds:eu-west-1:345678901234:snapshot:core-db-encrypted-2026-11-01",
    instance_class="db.m7g.large",
    db_subnet_group_name="private-db",
    publicly_accessible=False,
    backup_retention_period=3,
    skip_final_snapshot=True,
)
