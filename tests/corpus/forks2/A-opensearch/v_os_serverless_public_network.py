"""OpenSearch Serverless network policy allowing public access to a collection.

expect: any @ logs-network
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.opensearch.ServerlessSecurityPolicy(
    "logs-network",
    name="logs-network",
    type="network",
    policy=json.dumps([{
        "Rules": [{"ResourceType": "collection", "Resource": ["collection/app-logs"]},
                  {"ResourceType": "dashboard", "Resource": ["collection/app-logs"]}],
        "AllowFromPublic": True,
    }]),
)
