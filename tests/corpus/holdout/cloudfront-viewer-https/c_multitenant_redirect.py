"""A multi-tenant distribution redirecting viewers to HTTPS, custom cert on TLSv1.2_2021.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.cloudfront.MultitenantDistribution(
    "saas-ok",
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
        "viewer_protocol_policy": "redirect-to-https",
        "cache_policy_id": kit.CACHING_OPTIMIZED,
        "allowed_methods": {"items": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"]},
    },
    viewer_certificate={
        "acm_certificate_arn": kit.ACM_CERT,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2021",
    },
)
