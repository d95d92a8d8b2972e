"""DynamoDB table inside a component whose default leaves encryption at the AWS-owned key.

expect: any @ sessions-table
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

class Store(pulumi.ComponentResource):
    def __init__(self, name, kms_key_arn=None, opts=None):
        super().__init__("acme:data:Store", name, None, opts)
        sse = {"enabled": True, "kms_key_arn": kms_key_arn} if kms_key_arn else None
        self.table = aws.dynamodb.Table(f"{name}-table", billing_mode="PAY_PER_REQUEST", hash_key="id",
                                        attributes=[{"name": "id", "type": "S"}], server_side_encryption=sse,
                                        point_in_time_recovery={"enabled": True}, opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Store("sessions")
