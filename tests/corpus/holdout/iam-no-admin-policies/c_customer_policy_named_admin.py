"""A customer-managed policy whose NAME contains 'AdministratorAccess' but that grants only scoped reads.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

policy = aws.iam.Policy(
    "reports-AdministratorAccess",
    name="ReportsAdministratorAccess",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::hold-reports/*"}],
        }
    ),
)
role = aws.iam.Role("reports-admin", assume_role_policy=kit.EC2_TRUST)
aws.iam.RolePolicyAttachment("reports-admin-attach", role=role.name, policy_arn=policy.arn)
