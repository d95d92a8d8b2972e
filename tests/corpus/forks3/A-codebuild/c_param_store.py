"""CodeBuild pulling its token from Parameter Store.
expect: clean
"""
import pulumi_aws as aws

aws.codebuild.Project("test-build", service_role="arn:aws:iam::123456789012:role/codebuild-test",
    artifacts={"type": "NO_ARTIFACTS"},
    source={"type": "GITHUB", "location": "https://github.com/example/shop.git"},
    environment={"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "type": "LINUX_CONTAINER",
        "environment_variables": [
            {"name": "NPM_TOKEN", "value": "/ci/npm_token", "type": "PARAMETER_STORE"},
            {"name": "NODE_ENV", "value": "test", "type": "PLAINTEXT"}]},
    logs_config={"cloudwatch_logs": {"status": "ENABLED"}})
