"""A function URL whose auth type comes from a settings dict ("none", upper-cased), addressed by the function ARN.

expect: lambda-url-auth @ status-url
"""

import holdout_kit as kit
import pulumi_aws as aws

settings = {"auth": "none"}
fn = kit.lambda_fn("status")
aws.lambda_.FunctionUrl(
    "status-url", aws.lambda_.FunctionUrlArgs(function_name=fn.arn, authorization_type=settings["auth"].upper())
)
