"""REST API custom domain with TLS_1_0 security policy.
expect: any @ api-domain
category: transit
unsure: yes
"""
import pulumi_aws as aws

aws.apigateway.DomainName("api-domain", domain_name="api.example.com",
    regional_certificate_arn="arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
    endpoint_configuration={"types": "REGIONAL"}, security_policy="TLS_1_0")
