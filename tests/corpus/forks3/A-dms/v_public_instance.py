"""DMS replication instance publicly accessible (FSBP DMS.1).
expect: any @ migrate-ri
category: exposure
"""
import pulumi_aws as aws

aws.dms.ReplicationInstance("migrate-ri", replication_instance_id="migrate", replication_instance_class="dms.t3.medium",
                            allocated_storage=50, publicly_accessible=True)
