"""A distribution whose only origin is an ALB (custom origin, https-only to origin, TLSv1.2): no S3 origin at all.

expect: clean
"""

import holdout_kit as kit

kit.cdn(
    "api-cdn",
    origins=[
        {
            "domain_name": "api-origin.example.com",
            "origin_id": "alb",
            "custom_origin_config": {
                "http_port": 80,
                "https_port": 443,
                "origin_protocol_policy": "https-only",
                "origin_ssl_protocols": ["TLSv1.2"],
            },
        }
    ],
    default_cache_behavior={
        "target_origin_id": "alb",
        "viewer_protocol_policy": "https-only",
        "allowed_methods": ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
        "cached_methods": ["GET", "HEAD"],
        "cache_policy_id": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
    },
)
