"""Permission for S3 to invoke, pinned with source_account and source_arn.
expect: clean
"""
import pulumi
import pulumi_aws as aws

fn = aws.lambda_.Function("thumbnailer", runtime="python3.12", handler="app.handler",
    role="arn:aws:iam::123456789012:role/thumbnailer-lambda",
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return None\n")}))
aws.lambda_.Permission("thumbnailer-s3", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",
    source_account="123456789012", source_arn="arn:aws:s3:::uploads-123456789012")
