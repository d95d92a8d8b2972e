"""expect: any @ studio
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.sagemaker.Domain(
    "studio",
    domain_name="studio",
    auth_mode="IAM",
    vpc_id=VPC,
    subnet_ids=SUBNETS,
    app_network_access_type="PublicInternetOnly",
    kms_key_id=cmk("studio-key").arn,
    default_user_settings={"execution_role": f"arn:aws:iam::{ACCOUNT}:role/studio-exec", "security_groups": [SG]},
)
