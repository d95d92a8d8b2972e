"""Lambda permission with principal "*" and no source condition (FSBP Lambda.1).
expect: any @ webhook-invoke
category: resource-policy
"""
import pulumi
import pulumi_aws as aws

fn = aws.lambda_.Function("webhook", runtime="python3.12", handler="app.handler",
    role="arn:aws:iam::123456789012:role/webhook-lambda",
    code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return {}\n")}))
aws.lambda_.Permission("webhook-invoke", action="lambda:InvokeFunction", function=fn.name, principal="*")
