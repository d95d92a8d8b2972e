"""Under prod's config, a distribution over an ALB origin with standard logging (cookies included).

expect: clean
policy-config: prod
"""

import holdout_kit as kit

kit.cdn(
    "prod-www",
    origins=[
        {
            "domain_name": "www-origin.example.com",
            "origin_id": "s3",
            "custom_origin_config": {
                "http_port": 80,
                "https_port": 443,
                "origin_protocol_policy": "https-only",
                "origin_ssl_protocols": ["TLSv1.2"],
            },
        }
    ],
    logging_config={"bucket": "hold-cdn-logs.s3.amazonaws.com", "include_cookies": True, "prefix": "www/"},
)
