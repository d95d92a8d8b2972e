"""A permission for lambda:InvokeFunctionUrl to '*' with function_url_auth_type NONE.

expect: lambda-no-public-invoke @ pub-url-perm
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("pub")
aws.lambda_.Permission(
    "pub-url-perm",
    aws.lambda_.PermissionArgs(
        action="lambda:InvokeFunctionUrl", function=fn.arn, principal="*", function_url_auth_type="NONE"
    ),
)
