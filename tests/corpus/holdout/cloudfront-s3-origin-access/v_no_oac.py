"""An S3 origin (regional bucket domain) with neither an origin access control nor an identity.

expect: cloudfront-s3-origin-access @ assets-cdn
"""

import holdout_kit as kit

bucket = kit.secure_bucket("assets-src")
kit.cdn("assets-cdn", origins=[{"domain_name": bucket.bucket_regional_domain_name, "origin_id": "s3"}])
