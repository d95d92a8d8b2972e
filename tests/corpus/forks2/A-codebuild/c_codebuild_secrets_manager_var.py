"""CodeBuild project reading its token from Secrets Manager, artifacts and logs encrypted.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("ci-key")
role = kit.service_role("ci-role", "codebuild.amazonaws.com", [
    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": f"arn:aws:logs:{kit.REGION}:{kit.ACCOUNT}:log-group:/aws/codebuild/ci:*"},
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
     "Resource": f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:ci/github-AbCdEf"}])
aws.codebuild.Project("ci", service_role=role.arn, artifacts={"type": "NO_ARTIFACTS"}, encryption_key=key.arn,
                      source={"type": "GITHUB", "location": "https://github.com/acme/app.git"},
                      environment={"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0",
                                   "type": "LINUX_CONTAINER", "privileged_mode": False,
                                   "environment_variables": [
                                       {"name": "STAGE", "value": "prod", "type": "PLAINTEXT"},
                                       {"name": "GITHUB_TOKEN", "type": "SECRETS_MANAGER", "value": "ci/github:token"}]})
