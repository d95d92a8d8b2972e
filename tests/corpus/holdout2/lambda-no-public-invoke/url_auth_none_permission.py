"""A permission for the function URL with function_url_auth_type NONE.

expect: lambda-no-public-invoke @ status-url-invoke
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("status-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "status",
    runtime="nodejs20.x",
    handler="index.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("exports.handler=async()=>200")}),
)
aws.lambda_.Permission(
    "status-url-invoke", action="lambda:InvokeFunctionUrl", function=fn.name, principal="*", function_url_auth_type="NONE"
)
