"""Postgres parameter group switching rds.force_ssl off (FSBP RDS: connections should be encrypted in transit).
expect: any @ pg16-nossl
category: transit
unsure: yes
"""
import pulumi_aws as aws

pg = aws.rds.ParameterGroup("pg16-nossl", family="postgres16",
    parameters=[aws.rds.ParameterGroupParameterArgs(name="rds.force_ssl", value="0"),
                aws.rds.ParameterGroupParameterArgs(name="log_connections", value="1")])
