"""Default behaviour redirect-to-https and two ordered behaviours with https-only.

expect: clean
"""

import holdout_kit as kit

kit.cdn(
    "store-cdn",
    ordered_cache_behaviors=[
        {
            "path_pattern": p,
            "target_origin_id": "s3",
            "viewer_protocol_policy": "https-only",
            "allowed_methods": ["GET", "HEAD", "OPTIONS"],
            "cached_methods": ["GET", "HEAD"],
            "cache_policy_id": kit.CACHING_OPTIMIZED,
        }
        for p in ("/img/*", "/js/*")
    ],
)
