"""expect: any @ build
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("build-role", "codebuild.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                   "Resource": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/aws/codebuild/build:*"}],
})
aws.codebuild.Project(
    "build",
    service_role=role.arn,
    artifacts={"type": "NO_ARTIFACTS"},
    source={"type": "GITHUB", "location": "https://github.com/acme/app.git"},
    environment={
        "compute_type": "BUILD_GENERAL1_SMALL",
        "image": "aws/codebuild/amazonlinux-x86_64-standard:5.0",
        "type": "LINUX_CONTAINER",
        "environment_variables": [
            {"name": "DOCKERHUB_USERNAME", "value": "acmebuild", "type": "PLAINTEXT"},
            {"name": "DOCKERHUB_PASSWORD", "value": "dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c", "type": "PLAINTEXT"},
        ],
    },
)
