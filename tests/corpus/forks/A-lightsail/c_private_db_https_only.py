"""expect: clean
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
    publicly_accessible=False,
    backup_retention_enabled=True,
)
inst = aws.lightsail.Instance("blog", availability_zone="eu-west-1a", blueprint_id="amazon_linux_2023", bundle_id="micro_3_0")
aws.lightsail.InstancePublicPorts("blog-ports", instance_name=inst.name,
                                  port_infos=[{"protocol": "tcp", "from_port": 443, "to_port": 443}])
