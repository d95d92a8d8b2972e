"""Viewers are redirected to HTTPS; CloudFront talks plain HTTP to an S3 website-style custom origin
(out of the rule's scope).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

aws.cloudfront.Distribution(
    "blog-cdn",
    **cdn_args(
        origins=[
            {
                "origin_id": "app",
                "domain_name": "blog.example.com",
                "custom_origin_config": {
                    "http_port": 80,
                    "https_port": 443,
                    "origin_protocol_policy": "http-only",
                    "origin_ssl_protocols": ["TLSv1.2"],
                },
            }
        ]
    ),
)
