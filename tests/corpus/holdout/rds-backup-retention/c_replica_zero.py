"""A cross-region read replica (by source ARN) with no backups of its own; the source keeps 7 days.

expect: clean
"""

import pulumi
import pulumi_aws as aws

src = aws.rds.Instance(
    "sales-db",
    engine="postgres",
    instance_class="db.t4g.medium",
    allocated_storage=50,
    username="sales",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
)
dr = aws.Provider(
    "dr-rds",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
aws.rds.Instance(
    "sales-db-dr",
    replicate_source_db=src.arn,
    instance_class="db.t4g.medium",
    backup_retention_period=0,
    storage_encrypted=True,
    kms_key_id="arn:aws:kms:eu-central-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    skip_final_snapshot=True,
    opts=pulumi.ResourceOptions(provider=dr),
)
