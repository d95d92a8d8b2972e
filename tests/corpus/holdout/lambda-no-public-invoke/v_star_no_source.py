"""A Lambda permission with principal '*' and no source ARN, account or org.

expect: lambda-no-public-invoke @ open-invoke
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("open")
aws.lambda_.Permission("open-invoke", action="lambda:InvokeFunction", function=fn.name, principal="*")
