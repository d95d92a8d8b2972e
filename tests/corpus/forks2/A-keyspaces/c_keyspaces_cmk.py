"""Keyspaces table with a customer-managed key and PITR.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

ks = aws.keyspaces.Keyspace("telemetry", name="telemetry")
aws.keyspaces.Table("events-table", keyspace_name=ks.name, table_name="events",
                    schema_definition={"columns": [{"name": "id", "type": "text"}], "partition_keys": [{"name": "id"}]},
                    encryption_specification={"type": "CUSTOMER_MANAGED_KMS_KEY", "kms_key_identifier": kit.cmk("ks-key").arn},
                    point_in_time_recovery={"status": "ENABLED"})
