"""CodeBuild project with AWS credentials as PLAINTEXT environment variables. FSBP CodeBuild.2.
expect: any @ deploy-build
category: secret
"""
import pulumi_aws as aws

aws.codebuild.Project("deploy-build", service_role="arn:aws:iam::123456789012:role/codebuild-deploy",
    artifacts={"type": "NO_ARTIFACTS"},
    source={"type": "GITHUB", "location": "https://github.com/example/shop.git"},
    environment={"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "type": "LINUX_CONTAINER",
        "environment_variables": [
            {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE", "type": "PLAINTEXT"},
            {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "type": "PLAINTEXT"}]})
