"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

log_role = service_role("transfer-logs", "transfer.amazonaws.com",
                        managed=["arn:aws:iam::aws:policy/service-role/AWSTransferLoggingAccess"])
aws.transfer.Server(
    "sftp",
    protocols=["SFTP"],
    endpoint_type="VPC",
    endpoint_details={"vpc_id": VPC, "subnet_ids": SUBNETS[:2], "security_group_ids": [SG]},
    identity_provider_type="SERVICE_MANAGED",
    security_policy_name="TransferSecurityPolicy-2024-01",
    logging_role=log_role.arn,
)
