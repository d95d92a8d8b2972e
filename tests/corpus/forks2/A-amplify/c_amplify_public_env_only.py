"""Amplify app with only public, non-secret environment variables; token from config secret.

expect: clean
config: {"corpus:githubToken": "ghp_not_real"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.amplify.App("frontend", name="frontend", repository="https://github.com/acme/frontend",
                access_token=pulumi.Config().require_secret("githubToken"),
                environment_variables={"NEXT_PUBLIC_SITE": "https://acme.example", "NODE_ENV": "production"})
