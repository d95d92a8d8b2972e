"""expect: any @ sftp
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.transfer.Server(
    "sftp",
    protocols=["SFTP"],
    endpoint_type="PUBLIC",
    identity_provider_type="SERVICE_MANAGED",
    security_policy_name="TransferSecurityPolicy-2018-11",
)
