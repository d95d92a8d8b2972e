"""A distribution whose logging config is built from an env-style setting that is empty.

expect: cloudfront-logging @ api-cdn
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

LOG_BUCKET = ""
args = cdn_args()
args["logging_config"] = {"bucket": LOG_BUCKET, "include_cookies": False} if LOG_BUCKET else None
aws.cloudfront.Distribution("api-cdn", **args)
