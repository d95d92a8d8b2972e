"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

endpoint = aws.opensearch.ServerlessVpcEndpoint("search-vpce", name="search-vpce", vpc_id=VPC, subnet_ids=SUBNETS,
                                               security_group_ids=[SG])
aws.opensearch.ServerlessSecurityPolicy(
    "search-encryption",
    name="search-encryption",
    type="encryption",
    policy=json.dumps({"Rules": [{"ResourceType": "collection", "Resource": ["collection/search"]}],
                       "AWSOwnedKey": False, "KmsARN": f"arn:aws:kms:{REGION}:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"}),
)
aws.opensearch.ServerlessSecurityPolicy(
    "search-network",
    name="search-network",
    type="network",
    policy=endpoint.id.apply(lambda vpce: json.dumps([{
        "Rules": [{"ResourceType": "collection", "Resource": ["collection/search"]}],
        "AllowFromPublic": False,
        "SourceVPCEs": [vpce],
    }])),
)
