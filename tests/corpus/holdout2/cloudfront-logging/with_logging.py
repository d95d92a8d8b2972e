"""A production distribution with standard logging to a log bucket (include_cookies off).

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

aws.cloudfront.Distribution(
    "shop-cdn",
    **cdn_args(logging_config={"bucket": "h2-cdn-logs.s3.amazonaws.com", "include_cookies": False, "prefix": "shop/"}),
)
