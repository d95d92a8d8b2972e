"""An instance restored to a point in time from an encrypted source instance (inherits its encryption).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import db_args

src = aws.rds.Instance("ledger-db", **db_args())
aws.rds.Instance(
    "ledger-db-restore",
    instance_class="db.m7g.large",
    db_subnet_group_name="private-db",
    publicly_accessible=False,
    backup_retention_period=1,
    skip_final_snapshot=True,
    restore_to_point_in_time={"source_db_instance_identifier": src.identifier, "use_latest_restorable_time": True},
)
