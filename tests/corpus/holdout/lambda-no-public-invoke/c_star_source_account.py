"""Principal '*' pinned only by source_account (the claim's third escape hatch).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("acct-hook")
aws.lambda_.Permission(
    "acct-hook-any", action="lambda:InvokeFunction", function=fn.arn, principal="*", source_account=kit.ACCOUNT_ID
)
