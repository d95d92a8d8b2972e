"""OpenSearch Serverless network policy allowing public access to the collection.
expect: any @ vectors-network
category: exposure
unsure: yes
"""
import json
import pulumi_aws as aws

aws.opensearch.ServerlessSecurityPolicy("vectors-enc", name="vectors-enc", type="encryption",
    policy=json.dumps({"Rules": [{"ResourceType": "collection", "Resource": ["collection/vectors"]}], "AWSOwnedKey": True}))
aws.opensearch.ServerlessSecurityPolicy("vectors-network", name="vectors-net", type="network",
    policy=json.dumps([{"Rules": [{"ResourceType": "collection", "Resource": ["collection/vectors"]}], "AllowFromPublic": True}]))
