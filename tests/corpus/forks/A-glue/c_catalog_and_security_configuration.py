"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("glue-key")
aws.glue.DataCatalogEncryptionSettings(
    "catalog-encryption",
    data_catalog_encryption_settings={
        "encryption_at_rest": {"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": key.arn},
        "connection_password_encryption": {"return_connection_password_encrypted": True, "aws_kms_key_id": key.arn},
    },
)
aws.glue.SecurityConfiguration(
    "etl-security",
    name="etl",
    encryption_configuration={
        "cloudwatch_encryption": {"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": key.arn},
        "job_bookmarks_encryption": {"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": key.arn},
        "s3_encryption": {"s3_encryption_mode": "SSE-KMS", "kms_key_arn": key.arn},
    },
)
