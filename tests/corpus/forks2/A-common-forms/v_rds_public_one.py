"""RDS instance publicly_accessible="1" from an unpacked settings dict.

expect: any @ reporting-db
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

DB = {"engine": "postgres", "engine_version": "16.3", "instance_class": "db.t4g.medium", "allocated_storage": 20,
      "username": "app", "manage_master_user_password": True, "storage_encrypted": True, "backup_retention_period": 7,
      "publicly_accessible": "1", "skip_final_snapshot": True}
aws.rds.Instance("reporting-db", kms_key_id=kit.cmk("db-key").arn, vpc_security_group_ids=[kit.SG], **DB)
