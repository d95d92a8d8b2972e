"""SageMaker notebook with direct internet access enabled (the default written out).

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
                               direct_internet_access="Enabled", root_access="Disabled")
