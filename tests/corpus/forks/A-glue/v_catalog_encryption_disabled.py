"""expect: any @ catalog-encryption
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.glue.DataCatalogEncryptionSettings(
    "catalog-encryption",
    data_catalog_encryption_settings={
        "encryption_at_rest": {"catalog_encryption_mode": "DISABLED"},
        "connection_password_encryption": {"return_connection_password_encrypted": False},
    },
)
