"""SSM SecureString password with a CMK, plus a plain String for a non-secret setting named like a count.

expect: clean
config: {"corpus:dbPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("ssm-key")
aws.ssm.Parameter("db-password", name="/billing/prod/db/password", type="SecureString", key_id=key.arn,
                  value=pulumi.Config().require_secret("dbPassword"))
aws.ssm.Parameter("db-host", name="/billing/prod/db/host", type="String", value="db.internal")
aws.ssm.Parameter("password-policy", name="/billing/prod/password_min_length", type="String", value="14")
