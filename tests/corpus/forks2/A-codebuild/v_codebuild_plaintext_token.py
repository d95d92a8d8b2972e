"""CodeBuild project with a GitHub token as a PLAINTEXT environment variable.

expect: any @ ci
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("ci-role", "codebuild.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/codebuild/ci:*"}])
aws.codebuild.Project("ci", service_role=role.arn, artifacts={"type": "NO_ARTIFACTS"},
                      source={"type": "GITHUB", "location": "https://github.com/acme/app.git"},
                      environment={"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0",
                                   "type": "LINUX_CONTAINER",
                                   "environment_variables": [{"name": "GITHUB_TOKEN", "type": "PLAINTEXT",
                                                              "value": "ghp_16C7e42F292c6912E7710c838347Ae178B4a"}]})
