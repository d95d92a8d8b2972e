"""Neptune graph cluster without storage encryption (FSBP Neptune.1).
expect: any @ graph
category: rest
"""
import pulumi_aws as aws

aws.neptune.Cluster("graph", engine="neptune", backup_retention_period=5, skip_final_snapshot=True,
                    iam_database_authentication_enabled=True, storage_encrypted=False)
