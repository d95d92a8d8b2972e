"""Timestream for InfluxDB instance publicly accessible.

expect: any @ metrics-db
category: exposure
config: {"corpus:influxPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.timestreaminfluxdb.DbInstance("metrics-db", name="metrics", allocated_storage=20, db_instance_type="db.influx.medium",
                                  username="admin", password=pulumi.Config().require_secret("influxPassword"),
                                  organization="acme", bucket="metrics", publicly_accessible=True,
                                  vpc_subnet_ids=kit.SUBNETS, vpc_security_group_ids=[kit.SG])
