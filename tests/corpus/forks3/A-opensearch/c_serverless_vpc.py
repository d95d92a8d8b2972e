"""OpenSearch Serverless collection: encryption policy with AWS-owned key, network policy VPC endpoint only.
expect: clean
"""
import json
import pulumi_aws as aws

aws.opensearch.ServerlessSecurityPolicy("kb-enc", name="kb-enc", type="encryption",
    policy=json.dumps({"Rules": [{"ResourceType": "collection", "Resource": ["collection/kb"]}], "AWSOwnedKey": True}))
aws.opensearch.ServerlessSecurityPolicy("kb-network", name="kb-net", type="network",
    policy=json.dumps([{"Rules": [{"ResourceType": "collection", "Resource": ["collection/kb"]}],
                        "AllowFromPublic": False, "SourceVPCEs": ["vpce-0123456789abcdef0"]}]))
aws.opensearch.ServerlessCollection("kb", name="kb", type="VECTORSEARCH")
