"""Default CloudFront certificate judged with dev's policy config (allowDefaultCertificate).

expect: clean
policy-config: dev
"""

import holdout_kit as kit

kit.cdn("dev-cdn", aliases=None, viewer_certificate={"cloudfront_default_certificate": True})
