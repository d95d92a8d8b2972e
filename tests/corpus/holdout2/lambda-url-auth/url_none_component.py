"""A reusable "HttpFunction" component exposing its function through a URL with authorization from an argument.

expect: lambda-url-auth @ feedback-url
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust


class HttpFunction(pulumi.ComponentResource):
    def __init__(self, name, auth="AWS_IAM", opts=None):
        super().__init__("acme:serverless:HttpFunction", name, None, opts)
        o = pulumi.ResourceOptions(parent=self)
        role = aws.iam.Role(f"{name}-role", assume_role_policy=trust("lambda.amazonaws.com"), opts=o)
        fn = aws.lambda_.Function(
            f"{name}-fn",
            runtime="python3.12",
            handler="app.handler",
            role=role.arn,
            opts=o,
            code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): return 200")}),
        )
        aws.lambda_.FunctionUrl(f"{name}-url", function_name=fn.name, authorization_type=auth, opts=o)


HttpFunction("orders")
HttpFunction("feedback", auth="NONE")
