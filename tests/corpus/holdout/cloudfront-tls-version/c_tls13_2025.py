"""A distribution with a custom cert and the newest policy TLSv1.2_2025 (TLS 1.2+, stronger ciphers).

expect: clean
"""

import holdout_kit as kit

kit.cdn(
    "app-cdn",
    viewer_certificate={
        "acm_certificate_arn": kit.ACM_CERT,
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2025",
    },
)
