"""An S3 origin addressed by its regional domain name with neither OAC nor OAI.

expect: cloudfront-s3-origin-access @ docs-cdn
"""

import pulumi_aws as aws
from holdout2_kit import cdn_args, private_bucket

site = private_bucket("docs-site")
aws.cloudfront.Distribution(
    "docs-cdn", **cdn_args(origins=[{"origin_id": "app", "domain_name": site.bucket_regional_domain_name}])
)
