"""Role inline_policies with scoped statements and a logs write on its own log group ARN.

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
    inline_policies=[
        {
            "name": "logs",
            "policy": json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                            "Resource": "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn:*",
                        }
                    ],
                }
            ),
        }
    ],
)
