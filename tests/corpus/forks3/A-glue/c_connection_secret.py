"""Glue JDBC connection reading its credentials from Secrets Manager (SECRET_ID), SSL enforced.
expect: clean
"""
import pulumi_aws as aws

aws.glue.Connection("dw-jdbc", connection_type="JDBC", connection_properties={
    "JDBC_CONNECTION_URL": "jdbc:postgresql://warehouse.internal:5432/dw", "SECRET_ID": "glue/dw-etl",
    "JDBC_ENFORCE_SSL": "true"},
    physical_connection_requirements={"availability_zone": "eu-west-1a", "subnet_id": "subnet-0aa11bb22cc33dd44",
                                      "security_group_id_lists": ["sg-0123456789abcdef0"]})
