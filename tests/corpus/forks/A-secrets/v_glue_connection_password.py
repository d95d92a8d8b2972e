"""expect: any @ warehouse-conn
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.glue.Connection(
    "warehouse-conn",
    name="warehouse",
    connection_type="JDBC",
    connection_properties={
        "JDBC_CONNECTION_URL": "jdbc:postgresql://warehouse.internal:5432/dw",
        "USERNAME": "etl",
        "PASSWORD": "etl-Passw0rd-2024",
    },
    physical_connection_requirements={"subnet_id": SUBNETS[0], "security_group_id_lists": [SG], "availability_zone": "eu-west-1a"},
)
