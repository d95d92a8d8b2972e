"""Under prod's config, a single-AZ read replica of a multi-AZ source (replicas are exempt).

expect: clean
policy-config: prod
"""

import pulumi_aws as aws

src = aws.rds.Instance(
    "prod-src",
    engine="postgres",
    instance_class="db.m7g.large",
    allocated_storage=100,
    username="app",
    manage_master_user_password=True,
    storage_encrypted=True,
    multi_az=True,
    backup_retention_period=7,
    deletion_protection=True,
)
aws.rds.Instance("prod-src-ro", replicate_source_db=src.identifier, instance_class="db.m7g.large", deletion_protection=True)
