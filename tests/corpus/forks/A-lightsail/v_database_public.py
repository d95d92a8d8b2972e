"""expect: any @ blog-db
category: exposure
config: {"corpus:blogDbPassword": "blog-horse-battery-9"}
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.lightsail.Database(
    "blog-db",
    relational_database_name="blog",
    availability_zone="eu-west-1a",
    master_database_name="blog",
    master_username="blog",
    master_password=pulumi.Config().require_secret("blogDbPassword"),
    blueprint_id="mysql_8_0",
    bundle_id="micro_2_0",
    publicly_accessible=True,
    backup_retention_enabled=True,
)
