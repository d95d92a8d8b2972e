"""CloudFront to a custom origin over http-only (FSBP CloudFront.9).
expect: any @ api-cdn
category: transit
"""
import pulumi_aws as aws

aws.cloudfront.Distribution("api-cdn", enabled=True,
    origins=[aws.cloudfront.DistributionOriginArgs(domain_name="origin.example.com", origin_id="api",
        custom_origin_config=aws.cloudfront.DistributionOriginCustomOriginConfigArgs(
            http_port=80, https_port=443, origin_protocol_policy="http-only", origin_ssl_protocols=["TLSv1.2"]))],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(target_origin_id="api",
        viewer_protocol_policy="redirect-to-https", allowed_methods=["GET", "HEAD"], cached_methods=["GET", "HEAD"],
        cache_policy_id="4135ea2d-6df8-44a3-9df3-4b5a84be39ad"),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none")),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(
        acm_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/aaaa1111-2222-3333-4444-555566667777",
        ssl_support_method="sni-only", minimum_protocol_version="TLSv1.2_2021"),
    aliases=["api.example.com"])
