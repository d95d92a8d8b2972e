"""Function URL with authorization_type NONE (anyone on the internet can invoke).
expect: any @ report-url
category: exposure
unsure: yes
"""
import pulumi
import pulumi_aws as aws

fn = aws.lambda_.Function("report", runtime="nodejs20.x", handler="index.handler",
    role="arn:aws:iam::123456789012:role/report-lambda",
    code=pulumi.AssetArchive({"index.js": pulumi.StringAsset("exports.handler = async () => ({statusCode: 200});")}))
aws.lambda_.FunctionUrl("report-url", function_name=fn.name, authorization_type="NONE")
