"""Amplify app with an API secret in its environment variables.

expect: any @ frontend
category: secret
config: {"corpus:githubToken": "ghp_not_real"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.amplify.App("frontend", name="frontend", repository="https://github.com/acme/frontend",
                access_token=pulumi.Config().require_secret("githubToken"),
                environment_variables={"NEXT_PUBLIC_SITE": "https://acme.example", "API_SECRET_KEY": "sk-prod-1234567890abcdef"})
