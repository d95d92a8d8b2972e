"""expect: any @ search-network
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.opensearch.ServerlessSecurityPolicy(
    "search-network",
    name="search-network",
    type="network",
    policy=json.dumps([{
        "Rules": [{"ResourceType": "collection", "Resource": ["collection/search"]},
                  {"ResourceType": "dashboard", "Resource": ["collection/search"]}],
        "AllowFromPublic": True,
    }]),
)
