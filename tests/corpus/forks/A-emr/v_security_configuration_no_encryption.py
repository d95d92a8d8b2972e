"""expect: any @ emr-security
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.emr.SecurityConfiguration(
    "emr-security",
    name="emr-default",
    configuration=json.dumps({
        "EncryptionConfiguration": {"EnableInTransitEncryption": False, "EnableAtRestEncryption": False}
    }),
)
