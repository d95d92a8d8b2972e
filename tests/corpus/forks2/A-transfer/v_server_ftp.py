"""Transfer Family server serving plain FTP inside a VPC.

expect: any @ ftp
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.transfer.Server("ftp", protocols=["FTP"], endpoint_type="VPC", identity_provider_type="API_GATEWAY",
                    url="https://abc123.execute-api.eu-west-1.amazonaws.com/prod",
                    invocation_role=f"arn:aws:iam::{kit.ACCOUNT}:role/transfer-idp",
                    endpoint_details={"vpc_id": kit.VPC, "subnet_ids": kit.SUBNETS, "security_group_ids": [kit.SG]})
