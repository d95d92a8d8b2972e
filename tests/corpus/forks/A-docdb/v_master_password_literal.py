"""expect: any @ docs-db
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.docdb.Cluster(
    "docs-db",
    engine="docdb",
    master_username="docsadmin",
    master_password="Docs-Adm1n-Passw0rd",
    storage_encrypted=True,
    backup_retention_period=7,
    db_subnet_group_name="db-subnets",
    skip_final_snapshot=True,
)
