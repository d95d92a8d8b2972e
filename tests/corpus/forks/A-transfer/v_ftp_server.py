"""expect: any @ partner-ftp
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.transfer.Server(
    "partner-ftp",
    protocols=["FTP"],
    endpoint_type="VPC",
    endpoint_details={"vpc_id": VPC, "subnet_ids": SUBNETS[:1], "security_group_ids": [SG]},
    identity_provider_type="API_GATEWAY",
    url="https://abc123.execute-api.eu-west-1.amazonaws.com/prod",
    invocation_role=f"arn:aws:iam::{ACCOUNT}:role/transfer-idp",
)
