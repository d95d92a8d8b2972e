"""A function URL with AWS_IAM auth on an alias qualifier, streamed responses.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("render", publish=True)
alias = aws.lambda_.Alias("render-live", function_name=fn.name, function_version=fn.version)
aws.lambda_.FunctionUrl(
    "render-url", function_name=fn.name, qualifier=alias.name, authorization_type="AWS_IAM", invoke_mode="RESPONSE_STREAM"
)
