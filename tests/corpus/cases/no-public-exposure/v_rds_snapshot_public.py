"""A manual RDS snapshot shared with every AWS account.

expect: no-public-exposure @ nightly-snapshot
"""

import pulumi_aws as aws

aws.rds.Snapshot(
    "nightly-snapshot",
    db_instance_identifier="reporting-db",
    db_snapshot_identifier="reporting-nightly",
    shared_accounts=["all"],
)
