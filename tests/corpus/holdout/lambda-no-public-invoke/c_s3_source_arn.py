"""S3 may invoke the function, pinned by source_arn (the bucket's ARN output) and source_account.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("ingest-drop")
fn = kit.lambda_fn("on-upload")
aws.lambda_.Permission(
    "on-upload-s3",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="s3.amazonaws.com",
    source_arn=bucket.arn,
    source_account=kit.ACCOUNT_ID,
)
