"""A Lambda role attached AmazonDynamoDBFullAccess and AWSLambda_FullAccess through a dict of attachments.

expect: iam-no-admin-policies @ api-fn-ddb
"""

import holdout_kit as kit
import pulumi_aws as aws

role = kit.lambda_role("api-fn-role")
for short, arn in {
    "ddb": "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
    "lambda": "arn:aws:iam::aws:policy/AWSLambda_FullAccess",
}.items():
    aws.iam.RolePolicyAttachment(f"api-fn-{short}", role=role.name, policy_arn=arn)
