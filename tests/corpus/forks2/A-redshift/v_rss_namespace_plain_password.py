"""Redshift Serverless namespace with the admin password written in the program. Unsure whether a literal password counts as the plaintext-secret claim.

expect: any @ analytics
unsure: yes
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("rss-key")
aws.redshiftserverless.Namespace("analytics", namespace_name="analytics", kms_key_id=key.arn,
                                 admin_username="admin", admin_user_password="Sup3rS3cretPassw0rd!")
