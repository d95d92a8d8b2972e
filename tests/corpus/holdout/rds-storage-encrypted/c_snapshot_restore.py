"""An instance restored from an (encrypted) snapshot: it inherits the snapshot's encryption.

expect: clean
"""

import pulumi_aws as aws

aws.rds.Instance(
    "restored-db",
    snapshot_identifier="arn:aws:rds:eu-west-1:210987654321:snapshot:orders-2024-12-01",
    instance_class="db.t4g.medium",
    backup_retention_period=7,
    skip_final_snapshot=True,
)
