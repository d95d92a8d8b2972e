"""A helper merging common env with per-function env; one function gets a literal GitHub token.
expect: any @ sync-fn
category: secret
"""
import pulumi
import pulumi_aws as aws

COMMON = {"LOG_LEVEL": "INFO", "REGION": "eu-west-1"}

def make_fn(name, extra_env):
    return aws.lambda_.Function(name, runtime="python3.12", handler="app.handler",
        role="arn:aws:iam::123456789012:role/sync-lambda",
        code=pulumi.AssetArchive({"app.py": pulumi.StringAsset("def handler(e, c):\n    return 1\n")}),
        environment=aws.lambda_.FunctionEnvironmentArgs(variables={**COMMON, **extra_env}))

make_fn("sync-fn", {"GITHUB_TOKEN": "ghp_1A2b3C4d5E6f7G8h9I0jKlMnOpQrStUvWxYz"})
