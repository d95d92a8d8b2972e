"""PLANNED RULE. An encrypted RDS instance that is publicly accessible.

expect: rds-not-public @ reporting-db
"""

import pulumi_aws as aws

aws.rds.Instance(
    "reporting-db",
    engine="mysql",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    publicly_accessible=True,
    skip_final_snapshot=True,
)
