"""Glue JDBC connection taking its credentials from Secrets Manager (SECRET_ID), SSL enforced.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.glue.Connection("warehouse-conn", name="warehouse", connection_type="JDBC", connection_properties={
    "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/warehouse",
    "SECRET_ID": "glue/warehouse", "JDBC_ENFORCE_SSL": "true"},
    physical_connection_requirements={"availability_zone": "eu-west-1a", "subnet_id": kit.SUBNETS[0],
                                      "security_group_id_lists": [kit.SG]})
