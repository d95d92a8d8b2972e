"""A function URL with AWS_IAM auth and permissive CORS (CORS is not authorization), built with FunctionUrlCorsArgs.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("signer-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "signer",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): pass")}),
)
aws.lambda_.FunctionUrl(
    "signer-url",
    function_name=fn.arn,
    authorization_type="AWS_IAM",
    cors=aws.lambda_.FunctionUrlCorsArgs(allow_origins=["*"], allow_methods=["*"], max_age=3600),
)
