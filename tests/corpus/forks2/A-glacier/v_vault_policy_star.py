"""Glacier vault access policy letting anyone delete archives.

expect: any @ archive
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.glacier.Vault("archive", name="archive", access_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Sid": "anyone", "Effect": "Allow", "Principal": "*", "Action": ["glacier:InitiateJob", "glacier:GetJobOutput",
                                                                        "glacier:DeleteArchive"],
     "Resource": f"arn:aws:glacier:{kit.REGION}:{kit.ACCOUNT}:vaults/archive"}]}))
