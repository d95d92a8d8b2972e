"""Default behaviour https-only and three ordered behaviours that redirect or are https-only.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

behaviours = [
    aws.cloudfront.DistributionOrderedCacheBehaviorArgs(
        path_pattern=p,
        target_origin_id="app",
        viewer_protocol_policy=v,
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
        cache_policy_id="658327ea-f89d-4fab-a63d-7e88639e58f6",
    )
    for p, v in [("/img/*", "redirect-to-https"), ("/js/*", "https-only"), ("/css/*", "redirect-to-https")]
]
args = cdn_args(ordered_cache_behaviors=behaviours)
args["default_cache_behavior"]["viewer_protocol_policy"] = "https-only"
aws.cloudfront.Distribution("static-cdn", **args)
