"""A multi-tenant distribution whose default cache behaviour allows HTTP.

expect: cloudfront-viewer-https @ saas-mt
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.cloudfront.MultitenantDistribution(
    "saas-mt",
    enabled=True,
    comment="tenants",
    tenant_config={},
    origins=[
        {
            "domain_name": "tenants-origin.example.com",
            "id": "alb",
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
        "target_origin_id": "alb",
        "viewer_protocol_policy": "allow-all",
        "cache_policy_id": kit.CACHING_OPTIMIZED,
        "allowed_methods": {"items": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]},
    },
    viewer_certificate={
        "acm_certificate_arn": kit.ACM_CERT,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2021",
    },
)
