"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("nb-role", "sagemaker.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::acme-research/*"}],
})
aws.sagemaker.NotebookInstance(
    "research-nb",
    instance_type="ml.t3.medium",
    role_arn=role.arn,
    subnet_id=SUBNETS[0],
    security_groups=[SG],
    direct_internet_access="Disabled",
    root_access="Disabled",
    kms_key_id=cmk("nb-key").arn,
    platform_identifier="notebook-al2-v3",
)
