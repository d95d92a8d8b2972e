"""Notebook with direct internet access enabled (FSBP SageMaker.2), root access on.
expect: any @ research-nb
category: exposure
"""
import pulumi_aws as aws

aws.sagemaker.NotebookInstance("research-nb", instance_type="ml.t3.medium",
    role_arn="arn:aws:iam::123456789012:role/sagemaker-notebook", direct_internet_access="Enabled",
    root_access="Enabled")
