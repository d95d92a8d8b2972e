"""SSM parameters written in a loop from a dict; one is a client secret stored as String.

expect: any @ param-oauth_client_secret
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

SETTINGS = {"feature_flags": "beta,dark-mode", "oauth_client_secret": "c3VwZXItc2VjcmV0LWNsaWVudA"}
for key_name, value in SETTINGS.items():
    aws.ssm.Parameter(f"param-{key_name}", name=f"/web/{key_name}", type="String", value=value)
