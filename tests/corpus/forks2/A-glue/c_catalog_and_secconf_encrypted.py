"""Glue catalog encryption (SSE-KMS, passwords encrypted) and a security configuration with KMS everywhere.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("glue-key", f"logs.{kit.REGION}.amazonaws.com")
aws.glue.DataCatalogEncryptionSettings("catalog-enc", data_catalog_encryption_settings={
    "encryption_at_rest": {"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": key.arn},
    "connection_password_encryption": {"return_connection_password_encrypted": True, "aws_kms_key_id": key.arn}})
aws.glue.SecurityConfiguration("etl-sec", name="etl", encryption_configuration={
    "s3_encryption": {"s3_encryption_mode": "SSE-KMS", "kms_key_arn": key.arn},
    "cloudwatch_encryption": {"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": key.arn},
    "job_bookmarks_encryption": {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": key.arn}})
