"""Neptune cluster through a team helper whose default argument leaves encryption off.

expect: any @ kg
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

def graph_db(name, encrypted=False, **extra):
    return aws.neptune.Cluster(name, engine="neptune", storage_encrypted=encrypted,
                               iam_database_authentication_enabled=True, backup_retention_period=7, **extra)


graph_db("kg", vpc_security_group_ids=[kit.SG])
