"""A function URL with authorization NONE for a public status page.

expect: lambda-url-auth @ status-page-url
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("status-page-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "status-page",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): return 200")}),
)
aws.lambda_.FunctionUrl(
    "status-page-url",
    function_name=fn.name,
    authorization_type="NONE",
    cors={"allow_origins": ["*"], "allow_methods": ["GET"]},
)
