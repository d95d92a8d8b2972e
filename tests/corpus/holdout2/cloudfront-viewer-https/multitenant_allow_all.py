"""A multi-tenant distribution (SaaS template) whose default behaviour allows HTTP.

expect: cloudfront-viewer-https @ saas-template
"""

import pulumi_aws as aws
from holdout2_kit import EDGE_CERT

aws.cloudfront.MultitenantDistribution(
    "saas-template",
    enabled=True,
    comment="tenant template",
    origins=[
        {
            "id": "app",
            "domain_name": "app.internal.example.com",
            "custom_origin_configs": [
                {
                    "http_port": 80,
                    "https_port": 443,
                    "origin_protocol_policy": "https-only",
                    "origin_ssl_protocols": ["TLSv1.2"],
                }
            ],
        }
    ],
    default_cache_behavior={
        "target_origin_id": "app",
        "viewer_protocol_policy": "allow-all",
        "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6",
        "allowed_methods": {"items": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]},
    },
    viewer_certificate={
        "acm_certificate_arn": EDGE_CERT,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2021",
    },
    tenant_config={"parameter_definitions": []},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
)
