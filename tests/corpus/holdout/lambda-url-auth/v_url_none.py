"""A function URL with authorization_type NONE (a public webhook endpoint).

expect: lambda-url-auth @ hook-url
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("hook")
aws.lambda_.FunctionUrl(
    "hook-url", function_name=fn.name, authorization_type="NONE", cors={"allow_origins": ["*"], "allow_methods": ["POST"]}
)
