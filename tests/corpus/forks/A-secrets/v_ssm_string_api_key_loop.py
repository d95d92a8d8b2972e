"""expect: any @ param-stripe_secret_key
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

settings = {"log_level": "info", "stripe_secret_key": "sk_live_51Hx3dEXAMPLEKEYabcdef", "region": "eu-west-1"}
for key, value in settings.items():
    aws.ssm.Parameter(f"param-{key}", name=f"/payments/{key}", type="String", value=value)
