"""CloudFront distribution in front of a static site allowing plain HTTP to viewers (FSBP CloudFront.3).
expect: any @ site-cdn
category: transit
"""
import pulumi_aws as aws

aws.cloudfront.Distribution("site-cdn", enabled=True, default_root_object="index.html",
    origins=[{"domain_name": "site-123456789012.s3.eu-west-1.amazonaws.com", "origin_id": "site",
              "origin_access_control_id": "E2ABCDEF123456"}],
    default_cache_behavior={"target_origin_id": "site", "viewer_protocol_policy": "allow-all",
        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
        "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True})
