"""PLANNED RULE edge. Redirect to HTTPS with TLSv1.2_2021.

expect: clean
"""

import pulumi_aws as aws


def distribution(name: str, viewer_protocol_policy: str, minimum_protocol_version: str, **kwargs):
    return aws.cloudfront.Distribution(
        name,
        enabled=True,
        origins=[
            {
                "domain_name": "origin.example.com",
                "origin_id": "app",
                "custom_origin_config": {
                    "http_port": 80,
                    "https_port": 443,
                    "origin_protocol_policy": "https-only",
                    "origin_ssl_protocols": ["TLSv1.2"],
                },
            }
        ],
        default_cache_behavior={
            "target_origin_id": "app",
            "viewer_protocol_policy": viewer_protocol_policy,
            "allowed_methods": ["GET", "HEAD"],
            "cached_methods": ["GET", "HEAD"],
            "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6",
        },
        restrictions={"geo_restriction": {"restriction_type": "none"}},
        viewer_certificate={
            "acm_certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/abc",
            "ssl_support_method": "sni-only",
            "minimum_protocol_version": minimum_protocol_version,
        },
        **kwargs,
    )


distribution("good-cdn", "redirect-to-https", "TLSv1.2_2021")
