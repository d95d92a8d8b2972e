"""Default behaviour redirects, but an ordered cache behaviour for /legacy/* allows HTTP.

expect: cloudfront-viewer-https @ media-cdn
"""

import holdout_kit as kit
import pulumi_aws as aws

kit.cdn(
    "media-cdn",
    ordered_cache_behaviors=[
        aws.cloudfront.DistributionOrderedCacheBehaviorArgs(
            path_pattern="/legacy/*",
            target_origin_id="s3",
            viewer_protocol_policy="allow-all",
            allowed_methods=["GET", "HEAD"],
            cached_methods=["GET", "HEAD"],
            cache_policy_id=kit.CACHING_OPTIMIZED,
        )
    ],
)
