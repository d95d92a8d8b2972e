"""A distribution with a custom certificate but minimum protocol TLSv1_2016 for old set-top boxes.

expect: cloudfront-tls-version @ tv-cdn
"""

import pulumi_aws as aws
from holdout2_kit import EDGE_CERT, cdn_args

aws.cloudfront.Distribution(
    "tv-cdn",
    **cdn_args(
        viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(
            acm_certificate_arn=EDGE_CERT, ssl_support_method="sni-only", minimum_protocol_version="TLSv1_2016"
        )
    ),
)
