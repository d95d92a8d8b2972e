"""A distribution with a custom certificate but minimum_protocol_version TLSv1.1_2016.

expect: cloudfront-tls-version @ docs-cdn
"""

import holdout_kit as kit

kit.cdn(
    "docs-cdn",
    viewer_certificate={
        "acm_certificate_arn": kit.ACM_CERT,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.1_2016",
    },
)
