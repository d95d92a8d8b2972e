"""OpenSearch Serverless collection with a CMK encryption policy and a VPC-endpoint-only network policy.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("aoss-key")
enc = aws.opensearch.ServerlessSecurityPolicy("logs-enc", name="logs-enc", type="encryption",
                                              policy=key.arn.apply(lambda arn: json.dumps({
                                                  "Rules": [{"ResourceType": "collection", "Resource": ["collection/app-logs"]}],
                                                  "AWSOwnedKey": False, "KmsARN": arn})))
aws.opensearch.ServerlessSecurityPolicy("logs-network", name="logs-network", type="network", policy=json.dumps([{
    "Rules": [{"ResourceType": "collection", "Resource": ["collection/app-logs"]}],
    "AllowFromPublic": False, "SourceVPCEs": ["vpce-0b1c2d3e4f5a60003"]}]))
aws.opensearch.ServerlessCollection("app-logs", name="app-logs", type="TIMESERIES",
                                    opts=pulumi.ResourceOptions(depends_on=[enc]))
