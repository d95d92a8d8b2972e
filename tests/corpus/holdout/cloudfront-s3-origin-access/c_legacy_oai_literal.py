"""(Literal variant) A legacy origin access identity written as its path string, not read from the OAI resource.

expect: clean
"""

import holdout_kit as kit

bucket = kit.secure_bucket("oai-lit-src")
kit.cdn(
    "oai-lit-cdn",
    origins=[
        {
            "domain_name": bucket.bucket_regional_domain_name,
            "origin_id": "s3",
            "s3_origin_config": {"origin_access_identity": "origin-access-identity/cloudfront/E2QWRUHAPOMQZL"},
        }
    ],
)
