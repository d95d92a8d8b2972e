"""The same default-certificate distribution judged with dev's policy config (allowDefaultCertificate).

expect: clean
policy-config: dev
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

aws.cloudfront.Distribution("dev-cdn", **cdn_args(aliases=None, viewer_certificate={"cloudfront_default_certificate": True}))
