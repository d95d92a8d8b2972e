"""Default certificate plus minimum_protocol_version TLSv1.2_2021, which CloudFront ignores for the default cert.

expect: cloudfront-tls-version @ fake-tls-cdn
"""

import holdout_kit as kit

kit.cdn(
    "fake-tls-cdn",
    aliases=None,
    viewer_certificate={"cloudfront_default_certificate": True, "minimum_protocol_version": "TLSv1.2_2021"},
)
