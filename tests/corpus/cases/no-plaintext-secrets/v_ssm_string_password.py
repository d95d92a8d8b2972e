"""A plain String SSM parameter whose name says it holds a password.

expect: no-plaintext-secrets @ db-password
"""

import pulumi_aws as aws

aws.ssm.Parameter("db-password", name="/app/prod/db_password", type="String", value="hunter2-prod")
