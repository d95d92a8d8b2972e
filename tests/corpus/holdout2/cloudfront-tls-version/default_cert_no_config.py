"""A preview distribution on the *.cloudfront.net default certificate, with no policy config allowing it.

expect: cloudfront-tls-version @ preview-cdn
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args

aws.cloudfront.Distribution(
    "preview-cdn", **cdn_args(aliases=None, viewer_certificate={"cloudfront_default_certificate": True})
)
