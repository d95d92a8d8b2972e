"""A CodeBuild project with a deploy token as a PLAINTEXT environment variable (the default type).

expect: no-plaintext-secrets @ deploy
"""

import pulumi_aws as aws

aws.codebuild.Project(
    "deploy",
    service_role="arn:aws:iam::123456789012:role/codebuild",
    artifacts={"type": "NO_ARTIFACTS"},
    source={"type": "NO_SOURCE", "buildspec": "version: 0.2\nphases:\n  build:\n    commands: [make deploy]\n"},
    environment={
        "compute_type": "BUILD_GENERAL1_SMALL",
        "image": "aws/codebuild/standard:7.0",
        "type": "LINUX_CONTAINER",
        "environment_variables": [
            {"name": "STAGE", "value": "prod"},
            {"name": "NPM_TOKEN", "value": "npm_abcdef123456"},
        ],
    },
)
