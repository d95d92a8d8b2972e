"""S3 and EventBridge may invoke, pinned by source_arn / source_account; "*" pinned by principal_org_id.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import ACCOUNT, private_bucket, trust

role = aws.iam.Role("resizer-role", assume_role_policy=trust("lambda.amazonaws.com"))
fn = aws.lambda_.Function(
    "resizer",
    runtime="python3.12",
    handler="app.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c): pass")}),
)
b = private_bucket("photos")
aws.lambda_.Permission(
    "resizer-s3",
    action="lambda:InvokeFunction",
    function=fn.arn,
    principal="s3.amazonaws.com",
    source_arn=b.arn,
    source_account=ACCOUNT,
)
aws.lambda_.Permission(
    "resizer-org", action="lambda:InvokeFunction", function=fn.name, principal="*", principal_org_id="o-a1b2c3d4e5"
)
