"""An S3 origin with an OAC and the empty s3_origin_config the provider docs show, plus the bucket policy for CloudFront.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, bucket_policy_json, cdn_args, private_bucket

oac = aws.cloudfront.OriginAccessControl(
    "spa-oac", origin_access_control_origin_type="s3", signing_behavior="always", signing_protocol="sigv4"
)
site = private_bucket("spa", policy=False)
aws.s3.BucketPolicy(
    "spa-pol",
    bucket=site.id,
    policy=bucket_policy_json(
        "h2-spa",
        {
            "Sid": "CloudFront",
            "Effect": "Allow",
            "Principal": {"Service": "cloudfront.amazonaws.com"},
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::h2-spa/*",
            "Condition": {"StringEquals": {"AWS:SourceArn": f"arn:aws:cloudfront::{ACCOUNT}:distribution/E2EXAMPLE"}},
        },
    ),
)
aws.cloudfront.Distribution(
    "spa-cdn",
    **cdn_args(
        default_root_object="index.html",
        origins=[
            {
                "origin_id": "app",
                "domain_name": site.bucket_regional_domain_name,
                "origin_access_control_id": oac.id,
                "s3_origin_config": {"origin_access_identity": ""},
            }
        ],
    ),
)
