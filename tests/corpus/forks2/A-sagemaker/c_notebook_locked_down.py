"""SageMaker notebook in a VPC: no direct internet, no root, CMK-encrypted volume.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("nb-role", "sagemaker.amazonaws.com", [
    {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::corpus-ml/*"}])
aws.sagemaker.NotebookInstance("research-nb", instance_type="ml.t3.medium", role_arn=role.arn,
                               kms_key_id=kit.cmk("nb-key").arn, subnet_id=kit.SUBNETS[0], security_groups=[kit.SG],
                               direct_internet_access="Disabled", root_access="Disabled")
