"""Amplify branch with basic-auth credentials literally in the program. Unsure: basic auth on a preview branch is a weak secret.

expect: any @ main-branch
unsure: yes
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

import base64

app = aws.amplify.App("frontend", name="frontend")
aws.amplify.Branch("main-branch", app_id=app.id, branch_name="main", enable_basic_auth=True,
                   basic_auth_credentials=base64.b64encode(b"admin:Sup3rSecret!").decode())
