"""ElastiCache user whose passwords are literal strings in the program. Unsure: literal passwords may be outside the pack's plaintext-secret claim.

expect: any @ svc-user
unsure: yes
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.elasticache.User("svc-user", user_id="svc-user", user_name="svc", engine="redis",
                     access_string="on ~app:* +@read", passwords=["correct-horse-battery-staple-42"])
