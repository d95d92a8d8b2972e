"""A MySQL instance with publicly_accessible=True (for a BI tool).

expect: rds-not-public @ bi-mysql
"""

import pulumi_aws as aws

aws.rds.Instance(
    "bi-mysql",
    engine="mysql",
    instance_class="db.t4g.small",
    allocated_storage=20,
    username="bi",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=3,
    publicly_accessible=True,
    skip_final_snapshot=True,
)
