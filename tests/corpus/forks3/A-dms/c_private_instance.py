"""Private DMS replication instance with a CMK.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("dms-key")
aws.dms.ReplicationInstance("sync-ri", replication_instance_id="sync", replication_instance_class="dms.t3.medium",
                            allocated_storage=50, publicly_accessible=False, kms_key_arn=key.arn,
                            auto_minor_version_upgrade=True, multi_az=True)
