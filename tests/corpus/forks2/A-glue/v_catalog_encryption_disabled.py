"""Glue Data Catalog encryption settings with encryption disabled and connection passwords unencrypted.

expect: any @ catalog-enc
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.glue.DataCatalogEncryptionSettings("catalog-enc", data_catalog_encryption_settings={
    "encryption_at_rest": {"catalog_encryption_mode": "DISABLED"},
    "connection_password_encryption": {"return_connection_password_encrypted": False}})
