"""ReadOnlyAccess-style narrow managed policies: AWSLambdaBasicExecutionRole and CloudWatchLambdaInsightsExecutionRolePolicy.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

role = kit.lambda_role("thumbnailer-role")
for i, arn in enumerate(
    [
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        "arn:aws:iam::aws:policy/CloudWatchLambdaInsightsExecutionRolePolicy",
    ]
):
    aws.iam.RolePolicyAttachment(f"thumbnailer-managed-{i}", role=role.name, policy_arn=arn)
