"""DynamoDB table with PITR and a CMK.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("ddb-key")
aws.dynamodb.Table("sessions", billing_mode="PAY_PER_REQUEST", hash_key="pk", range_key="sk",
    attributes=[{"name": "pk", "type": "S"}, {"name": "sk", "type": "S"}],
    point_in_time_recovery={"enabled": True}, server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    deletion_protection_enabled=True, ttl={"attribute_name": "expires", "enabled": True})
