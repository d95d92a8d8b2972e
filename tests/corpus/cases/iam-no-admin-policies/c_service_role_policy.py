"""A narrow AWS-managed service-role policy for a Lambda role (managed_policy_arns via the enum).

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "fn",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.iam.RolePolicyAttachment("fn-basic", role="fn", policy_arn=aws.iam.ManagedPolicy.AWS_LAMBDA_BASIC_EXECUTION_ROLE)
