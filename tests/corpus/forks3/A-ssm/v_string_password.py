"""Database password stored as a plain String SSM parameter.
expect: any @ db-password-param
category: secret
"""
import pulumi_aws as aws

aws.ssm.Parameter("db-password-param", name="/prod/orders/db_password", type="String", value="hunter2-but-longer")
