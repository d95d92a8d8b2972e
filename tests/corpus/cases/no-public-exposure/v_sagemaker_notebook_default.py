"""A SageMaker notebook instance left with its default direct internet access.

expect: no-public-exposure @ research
"""

import pulumi_aws as aws

aws.sagemaker.NotebookInstance(
    "research",
    role_arn="arn:aws:iam::123456789012:role/sagemaker",
    instance_type="ml.t3.medium",
)
