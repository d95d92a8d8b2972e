"""The default cache behaviour allows plain HTTP (viewer_protocol_policy allow-all).

expect: cloudfront-viewer-https @ blog-cdn
"""

import holdout_kit as kit

kit.cdn(
    "blog-cdn",
    default_cache_behavior={
        "target_origin_id": "s3",
        "viewer_protocol_policy": "allow-all",
        "allowed_methods": ["GET", "HEAD"],
        "cached_methods": ["GET", "HEAD"],
        "cache_policy_id": kit.CACHING_OPTIMIZED,
    },
)
