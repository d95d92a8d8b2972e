"""expect: any @ research-nb
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("nb-role", "sagemaker.amazonaws.com")
aws.sagemaker.NotebookInstance(
    "research-nb",
    instance_type="ml.t3.medium",
    role_arn=role.arn,
    kms_key_id=cmk("nb-key").arn,
    root_access="Disabled",
)
