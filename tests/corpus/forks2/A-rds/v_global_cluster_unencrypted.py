"""Aurora global cluster with storage_encrypted False.

expect: any @ global-orders
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.rds.GlobalCluster("global-orders", global_cluster_identifier="global-orders", engine="aurora-postgresql",
                      engine_version="15.4", database_name="orders", storage_encrypted=False)
