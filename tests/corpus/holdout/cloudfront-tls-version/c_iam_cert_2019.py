"""A distribution on an IAM server certificate with minimum protocol TLSv1.2_2019.

expect: clean
"""

import holdout_kit as kit

kit.cdn(
    "legacy-cert-cdn",
    viewer_certificate={
        "iam_certificate_id": "ASCAEXAMPLE1234567890",
        "ssl_support_method": "sni-only",
        "minimum_protocol_version": "TLSv1.2_2019",
    },
)
