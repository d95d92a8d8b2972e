"""SSM parameter of type String holding a database password.

expect: any @ db-password
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.ssm.Parameter("db-password", name="/billing/prod/db/password", type="String", value="Pr0d-Db-Passw0rd!")
