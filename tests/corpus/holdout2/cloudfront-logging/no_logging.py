"""A production distribution without standard logging.

expect: cloudfront-logging @ prod-cdn
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

args = cdn_args()
del args["logging_config"]
aws.cloudfront.Distribution("prod-cdn", **args)
