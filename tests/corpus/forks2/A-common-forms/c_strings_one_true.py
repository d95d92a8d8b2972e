"""EFS, SQS and RDS booleans given as strings go-cty converts ("1", "true", "0"): encrypted, SSE on, private.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("shared-key")
aws.efs.FileSystem("scratch", encrypted="1", kms_key_id=key.arn)
aws.sqs.Queue("jobs", sqs_managed_sse_enabled="true")
aws.rds.Instance("reporting-db", engine="postgres", engine_version="16.3", instance_class="db.t4g.medium", allocated_storage=20,
                 username="app", manage_master_user_password=True, storage_encrypted="true", kms_key_id=key.arn,
                 publicly_accessible="0", backup_retention_period=7, multi_az=True, deletion_protection=True,
                 skip_final_snapshot=False, final_snapshot_identifier="reporting-final", vpc_security_group_ids=[kit.SG])
