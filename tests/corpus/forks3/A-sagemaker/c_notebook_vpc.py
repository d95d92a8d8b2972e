"""Notebook in a private subnet, no direct internet access, no root, CMK.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk, private_sg

key = cmk("nb-key")
sg = private_sg("nb-sg", 443)
aws.sagemaker.NotebookInstance("ds-nb", instance_type="ml.t3.medium",
    role_arn="arn:aws:iam::123456789012:role/sagemaker-notebook", subnet_id=PRIVATE_SUBNETS[0],
    security_groups=[sg.id], direct_internet_access="Disabled", root_access="Disabled", kms_key_id=key.arn)
