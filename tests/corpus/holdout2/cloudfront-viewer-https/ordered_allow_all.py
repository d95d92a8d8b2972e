"""The default behaviour redirects, but an ordered behaviour for /legacy/* allows plain HTTP.

expect: cloudfront-viewer-https @ portal-cdn
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

aws.cloudfront.Distribution(
    "portal-cdn",
    **cdn_args(
        ordered_cache_behaviors=[
            {
                "path_pattern": path,
                "target_origin_id": "app",
                "viewer_protocol_policy": vpp,
                "allowed_methods": ["GET", "HEAD"],
                "cached_methods": ["GET", "HEAD"],
                "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6",
            }
            for path, vpp in [("/api/*", "https-only"), ("/legacy/*", "allow-all")]
        ]
    ),
)
