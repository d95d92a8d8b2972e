"""CloudFront with redirect-to-https, TLS 1.2 2021, OAC to S3.
expect: clean
"""
import pulumi_aws as aws

oac = aws.cloudfront.OriginAccessControl("docs-oac", origin_access_control_origin_type="s3",
                                         signing_behavior="always", signing_protocol="sigv4")
aws.cloudfront.Distribution("docs-cdn", enabled=True, default_root_object="index.html", aliases=["docs.example.com"],
    origins=[{"domain_name": "docs-123456789012.s3.eu-west-1.amazonaws.com", "origin_id": "docs",
              "origin_access_control_id": oac.id}],
    default_cache_behavior={"target_origin_id": "docs", "viewer_protocol_policy": "redirect-to-https",
        "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"],
        "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"acm_certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/aaaa1111-2222-3333-4444-555566667777",
                        "ssl_support_method": "sni-only", "minimum_protocol_version": "TLSv1.2_2021"})
