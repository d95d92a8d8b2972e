"""Principal "*" pinned by source_account for an API Gateway-style integration in the same account.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import ACCOUNT, trust

role = aws.iam.Role("hooks-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "hooks",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): pass")}),
)
aws.lambda_.Permission(
    "hooks-any-in-account", action="lambda:InvokeFunction", function=fn.name, principal="*", source_account=ACCOUNT
)
