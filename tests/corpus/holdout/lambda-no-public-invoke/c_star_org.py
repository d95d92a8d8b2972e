"""Principal '*' restricted to the organization via principal_org_id.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

fn = kit.lambda_fn("shared-lookup")
aws.lambda_.Permission(
    "shared-lookup-org", action="lambda:InvokeFunction", function=fn.name, principal="*", principal_org_id="o-abc123def4"
)
