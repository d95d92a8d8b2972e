"""Lightsail managed database publicly accessible.

expect: any @ blog-db
category: exposure
config: {"corpus:dbPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.lightsail.Database("blog-db", relational_database_name="blog", availability_zone="eu-west-1a",
                       master_database_name="blog", master_username="blogadmin",
                       master_password=pulumi.Config().require_secret("dbPassword"),
                       blueprint_id="mysql_8_0", bundle_id="micro_2_0", publicly_accessible=True,
                       backup_retention_enabled=True)
