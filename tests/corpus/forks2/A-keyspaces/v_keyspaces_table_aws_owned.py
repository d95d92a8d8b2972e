"""Keyspaces table left on the AWS-owned key. Unsure: AWS encrypts it anyway; only a CMK requirement would flag it.

expect: any @ events-table
unsure: yes
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

ks = aws.keyspaces.Keyspace("telemetry", name="telemetry")
aws.keyspaces.Table("events-table", keyspace_name=ks.name, table_name="events",
                    schema_definition={"columns": [{"name": "id", "type": "text"}], "partition_keys": [{"name": "id"}]},
                    encryption_specification={"type": "AWS_OWNED_KMS_KEY"}, point_in_time_recovery={"status": "ENABLED"})
