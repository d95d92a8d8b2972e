"""Aurora clusters per tenant in a loop; storage_encrypted=False spelled explicitly. FSBP RDS.27.
expect: any @ tenant-acme-aurora
category: rest
"""
import pulumi_aws as aws

for tenant in ["acme", "globex"]:
    aws.rds.Cluster(f"tenant-{tenant}-aurora",
        engine="aurora-postgresql", engine_version="15.4",
        master_username="tenant_admin", manage_master_user_password=True,
        storage_encrypted=(tenant != "acme"),
        db_subnet_group_name="shared-db-subnets", skip_final_snapshot=True)
