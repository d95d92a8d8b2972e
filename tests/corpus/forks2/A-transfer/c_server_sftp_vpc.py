"""Transfer Family SFTP server in a VPC with a 2024 security policy and service-managed users.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.transfer.Server("sftp", protocols=["SFTP"], endpoint_type="VPC", identity_provider_type="SERVICE_MANAGED",
                    security_policy_name="TransferSecurityPolicy-2024-01",
                    endpoint_details={"vpc_id": kit.VPC, "subnet_ids": kit.SUBNETS, "security_group_ids": [kit.SG]})
