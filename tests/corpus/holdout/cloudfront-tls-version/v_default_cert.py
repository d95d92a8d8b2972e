"""A distribution on the default *.cloudfront.net certificate (TLSv1 floor) under the pack's default config.

expect: cloudfront-tls-version @ preview-cdn
"""

import holdout_kit as kit

kit.cdn("preview-cdn", aliases=None, viewer_certificate={"cloudfront_default_certificate": True})
