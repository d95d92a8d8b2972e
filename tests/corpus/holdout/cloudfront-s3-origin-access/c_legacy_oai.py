"""A legacy origin access identity on the S3 origin (accepted by the claim).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("oai-src")
oai = aws.cloudfront.OriginAccessIdentity("oai", comment="legacy")
kit.cdn(
    "oai-cdn",
    origins=[
        {
            "domain_name": bucket.bucket_regional_domain_name,
            "origin_id": "s3",
            "s3_origin_config": {"origin_access_identity": oai.cloudfront_access_identity_path},
        }
    ],
)
