"""Neptune cluster with storage_encrypted "true" (string) and a CMK.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("graph-key")
aws.neptune.Cluster("graph", engine="neptune", storage_encrypted="true", kms_key_arn=key.arn,
                    iam_database_authentication_enabled=True, backup_retention_period=7, deletion_protection=True,
                    skip_final_snapshot=False, final_snapshot_identifier="graph-final", vpc_security_group_ids=[kit.SG])
