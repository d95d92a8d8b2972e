"""Glue JDBC connection with the password literally in connection_properties. Unsure: whether literal passwords count for the claim.

expect: any @ warehouse-conn
unsure: yes
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.glue.Connection("warehouse-conn", name="warehouse", connection_type="JDBC", connection_properties={
    "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/warehouse",
    "USERNAME": "etl", "PASSWORD": "Etl-Passw0rd-2024", "JDBC_ENFORCE_SSL": "true"},
    physical_connection_requirements={"availability_zone": "eu-west-1a", "subnet_id": kit.SUBNETS[0],
                                      "security_group_id_lists": [kit.SG]})
