"""Glue Data Catalog encryption settings with encryption at rest DISABLED and connection passwords unencrypted.
expect: any @ catalog-enc
category: rest
unsure: yes
"""
import pulumi_aws as aws

aws.glue.DataCatalogEncryptionSettings("catalog-enc", data_catalog_encryption_settings={
    "encryption_at_rest": {"catalog_encryption_mode": "DISABLED"},
    "connection_password_encryption": {"return_connection_password_encrypted": False}})
