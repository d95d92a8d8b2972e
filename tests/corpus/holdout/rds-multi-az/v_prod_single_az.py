"""Under prod's config, an instance with multi_az given as the string "false" from a settings map.

expect: rds-multi-az @ prod-mysql
policy-config: prod
"""

import pulumi_aws as aws

env = {"multi_az": "false"}
aws.rds.Instance(
    "prod-mysql",
    engine="mysql",
    instance_class="db.m7g.large",
    allocated_storage=100,
    username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    deletion_protection=True,
    multi_az=env["multi_az"] == "true",
)
