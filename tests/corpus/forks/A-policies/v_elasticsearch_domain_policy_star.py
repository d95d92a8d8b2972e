"""expect: any @ legacy-es-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.elasticsearch.DomainPolicy(
    "legacy-es-policy",
    domain_name="legacy-es",
    access_policies=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "es:*",
                       "Resource": f"arn:aws:es:{REGION}:{ACCOUNT}:domain/legacy-es/*"}],
    }),
)
