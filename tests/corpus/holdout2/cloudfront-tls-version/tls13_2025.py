"""A distribution using the TLSv1.2_2025 security policy (TLS 1.2/1.3 only).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import EDGE_CERT, cdn_args

aws.cloudfront.Distribution(
    "modern-cdn",
    **cdn_args(
        viewer_certificate={
            "acm_certificate_arn": EDGE_CERT,
            "ssl_support_method": "sni-only",
            "minimum_protocol_version": "TLSv1.2_2025",
        }
    ),
)
