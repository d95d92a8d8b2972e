"""expect: any @ ds-nb
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("nb-role", "sagemaker.amazonaws.com")
aws.sagemaker.NotebookInstance(
    "ds-nb",
    instance_type="ml.t3.medium",
    role_arn=role.arn,
    subnet_id=SUBNETS[0],
    security_groups=[SG],
    direct_internet_access="Disabled",
    root_access="Enabled",
    kms_key_id=cmk("nb-key").arn,
)
