"""PLANNED RULE edge. Encrypted with a customer key, private: must stay clean under every current rule.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("db-key", enable_key_rotation=True)
cluster = aws.rds.Cluster(
    "ledger",
    engine="aurora-postgresql",
    master_username="app",
    manage_master_user_password=True,
    db_subnet_group_name="private",
    storage_encrypted=True,
    kms_key_id=key.arn,
    skip_final_snapshot=True,
)
aws.rds.ClusterInstance(
    "ledger-1",
    cluster_identifier=cluster.id,
    instance_class="db.r7g.large",
    engine="aurora-postgresql",
    publicly_accessible=False,
)
