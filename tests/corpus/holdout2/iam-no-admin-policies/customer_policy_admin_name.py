"""A customer-managed policy that happens to be called AdministratorAccess-Billing (not the AWS-managed one).

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import trust

pol = aws.iam.Policy(
    "billing-admin",
    name="AdministratorAccess-Billing",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["ce:GetCostAndUsage", "budgets:ViewBudget"], "Resource": "*"}],
        }
    ),
)
r = aws.iam.Role("finance", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicyAttachment("finance-billing", role=r.name, policy_arn=pol.arn)
aws.iam.RolePolicyAttachment("finance-view", role=r.name, policy_arn="arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
