"""An S3 origin named by a hand-written bucket domain string, with an empty s3_origin_config identity.

expect: cloudfront-s3-origin-access @ help-cdn
"""

import holdout_kit as kit

kit.cdn(
    "help-cdn",
    origins=[
        {
            "domain_name": "hold-help-src.s3.eu-west-1.amazonaws.com",
            "origin_id": "s3",
            "s3_origin_config": {"origin_access_identity": ""},
        }
    ],
)
