"""A function URL on an alias with AWS_IAM auth and response streaming.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("stream-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "stream",
    runtime="nodejs20.x",
    handler="index.handler",
    role=role.arn,
    publish=True,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("exports.handler=async()=>1")}),
)
alias = aws.lambda_.Alias("stream-live", function_name=fn.name, function_version=fn.version)
aws.lambda_.FunctionUrl(
    "stream-url", function_name=fn.name, qualifier=alias.name, authorization_type="AWS_IAM", invoke_mode="RESPONSE_STREAM"
)
