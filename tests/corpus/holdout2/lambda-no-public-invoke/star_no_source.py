"""A permission for "*" to invoke a webhook function, meant for a SaaS vendor, without any source condition.

expect: lambda-no-public-invoke @ webhook-invoke
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("webhook-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "webhook",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): return 200")}),
)
aws.lambda_.Permission("webhook-invoke", action="lambda:InvokeFunction", function=fn.name, principal="*")
