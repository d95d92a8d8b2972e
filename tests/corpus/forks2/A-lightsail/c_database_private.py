"""Lightsail database not public, backups on, password from config; instance with only HTTPS open.

expect: clean
config: {"corpus:dbPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.lightsail.Database("blog-db", relational_database_name="blog", availability_zone="eu-west-1a",
                       master_database_name="blog", master_username="blogadmin",
                       master_password=pulumi.Config().require_secret("dbPassword"),
                       blueprint_id="mysql_8_0", bundle_id="micro_2_0", publicly_accessible=False,
                       backup_retention_enabled=True)
inst = aws.lightsail.Instance("blog", availability_zone="eu-west-1a", blueprint_id="amazon_linux_2023", bundle_id="nano_3_0")
aws.lightsail.InstancePublicPorts("blog-ports", instance_name=inst.name, port_infos=[
    {"protocol": "tcp", "from_port": 443, "to_port": 443, "cidrs": ["0.0.0.0/0"]}])
