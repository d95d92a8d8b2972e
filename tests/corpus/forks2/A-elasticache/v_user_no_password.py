"""ElastiCache user with full access and no password required.

expect: any @ app-user
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.elasticache.User("app-user", user_id="app-user", user_name="app", engine="redis",
                     access_string="on ~* +@all", no_password_required=True)
