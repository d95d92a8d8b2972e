"""Glue JDBC connection with the password typed into connection_properties.
expect: any @ warehouse-jdbc
category: secret
"""
import pulumi_aws as aws

aws.glue.Connection("warehouse-jdbc", connection_type="JDBC", connection_properties={
    "JDBC_CONNECTION_URL": "jdbc:postgresql://warehouse.internal:5432/dw",
    "USERNAME": "etl", "PASSWORD": "EtlPassword2024!", "JDBC_ENFORCE_SSL": "true"})
