"""Glacier vault access policy allowing anyone to retrieve archives.
expect: any @ archive-vault
category: resource-policy
"""
import json
import pulumi_aws as aws

aws.glacier.Vault("archive-vault", access_policy=json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": "*", "Action": ["glacier:InitiateJob", "glacier:GetJobOutput"],
    "Resource": "arn:aws:glacier:eu-west-1:123456789012:vaults/archive-vault"}]}))
