"""Cognito identity pool allowing unauthenticated identities. Unsure: guest access is a legitimate design; FSBP Cognito.? does not cover it, but checkov/AwsSolutions-COG7 do.

expect: any @ app-identities
unsure: yes
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.cognito.IdentityPool("app-identities", identity_pool_name="app identities", allow_unauthenticated_identities=True,
                         allow_classic_flow=False)
