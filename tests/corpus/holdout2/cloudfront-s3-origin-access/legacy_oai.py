"""An S3 origin read through a legacy origin access identity.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args, private_bucket

oai = aws.cloudfront.OriginAccessIdentity("help-oai", comment="help centre")
site = private_bucket("help-site")
aws.cloudfront.Distribution(
    "help-cdn",
    **cdn_args(
        origins=[
            aws.cloudfront.DistributionOriginArgs(
                origin_id="app",
                domain_name=site.bucket_regional_domain_name,
                s3_origin_config=aws.cloudfront.DistributionOriginS3OriginConfigArgs(
                    origin_access_identity=oai.cloudfront_access_identity_path
                ),
            )
        ]
    ),
)
