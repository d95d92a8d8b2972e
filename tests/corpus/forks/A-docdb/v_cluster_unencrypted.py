"""expect: any @ docs-db
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.docdb.Cluster(
    "docs-db",
    cluster_identifier="docs",
    engine="docdb",
    master_username="docsadmin",
    manage_master_user_password=True,
    backup_retention_period=7,
    db_subnet_group_name="db-subnets",
    vpc_security_group_ids=[SG],
    deletion_protection=True,
    skip_final_snapshot=False,
    final_snapshot_identifier="docs-final",
)
