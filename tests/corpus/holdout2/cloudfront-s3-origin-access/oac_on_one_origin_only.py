"""Two S3 origins; the OAC is attached only to the first one (the second bucket is reached anonymously).

expect: cloudfront-s3-origin-access @ media-cdn
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args, private_bucket

oac = aws.cloudfront.OriginAccessControl(
    "media-oac", origin_access_control_origin_type="s3", signing_behavior="always", signing_protocol="sigv4"
)
images, videos = private_bucket("images"), private_bucket("videos")
aws.cloudfront.Distribution(
    "media-cdn",
    **cdn_args(
        origins=[
            {"origin_id": "app", "domain_name": images.bucket_regional_domain_name, "origin_access_control_id": oac.id},
            {
                "origin_id": "videos",
                "domain_name": videos.bucket_regional_domain_name,
                "s3_origin_config": {"origin_access_identity": ""},
            },
        ]
    ),
)
