"""API Gateway custom domain with the TLS_1_0 security policy.

expect: any @ api-domain
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.apigateway.DomainName("api-domain", domain_name="api.acme.example", security_policy="TLS_1_0",
                          regional_certificate_arn=f"arn:aws:acm:{kit.REGION}:{kit.ACCOUNT}:certificate/11111111-2222-3333-4444-555555555555",
                          endpoint_configuration={"types": "REGIONAL"})
