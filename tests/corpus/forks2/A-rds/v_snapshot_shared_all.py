"""Manual RDS snapshot shared with all AWS accounts.

expect: any @ pre-migration
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.rds.Snapshot("pre-migration", db_instance_identifier="orders-db", db_snapshot_identifier="orders-pre-migration",
                 shared_accounts=["all"])
