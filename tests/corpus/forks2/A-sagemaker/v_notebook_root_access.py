"""SageMaker notebook in a VPC without internet but with root access.

expect: any @ research-nb
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("nb-role", "sagemaker.amazonaws.com", [
    {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::corpus-ml/*"}])
key = kit.cmk("nb-key")

aws.sagemaker.NotebookInstance("research-nb", instance_type="ml.t3.medium", role_arn=role.arn, kms_key_id=key.arn,
                               subnet_id=kit.SUBNETS[0], security_groups=[kit.SG],
                               direct_internet_access="Disabled", root_access="Enabled")
