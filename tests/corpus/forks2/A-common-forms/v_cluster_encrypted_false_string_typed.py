"""Aurora MySQL cluster storage_encrypted="False" with the engine as the typed EngineType enum. Unsure: go-cty converts only "true"/"1"/"false"/"0" to a bool and refuses capitalised spellings, so the real provider probably rejects this program; kept because the brief asks for the form.

expect: any @ ledger
unsure: yes
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.rds.Cluster("ledger", engine=aws.rds.EngineType.AURORA_MYSQL, engine_version="8.0.mysql_aurora.3.05.2",
                master_username="app", manage_master_user_password=True, storage_encrypted="False",
                backup_retention_period=7, skip_final_snapshot=True, vpc_security_group_ids=[kit.SG])
