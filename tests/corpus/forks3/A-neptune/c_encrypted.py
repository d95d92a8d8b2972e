"""Encrypted Neptune cluster.
expect: clean
"""
import pulumi_aws as aws

aws.neptune.Cluster("kg", engine="neptune", backup_retention_period=7, storage_encrypted=True,
                    iam_database_authentication_enabled=True, deletion_protection=True,
                    enable_cloudwatch_logs_exports=["audit"], final_snapshot_identifier="kg-final",
                    copy_tags_to_snapshot=True)
