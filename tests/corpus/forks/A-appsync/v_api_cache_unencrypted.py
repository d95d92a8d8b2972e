"""expect: any @ graph-cache
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

api = aws.appsync.GraphQLApi("graph", authentication_type="AWS_IAM", name="graph")
aws.appsync.ApiCache(
    "graph-cache",
    api_id=api.id,
    api_caching_behavior="FULL_REQUEST_CACHING",
    type="SMALL",
    ttl=300,
    at_rest_encryption_enabled=False,
    transit_encryption_enabled=False,
)
