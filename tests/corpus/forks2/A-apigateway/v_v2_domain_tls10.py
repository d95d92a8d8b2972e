"""HTTP API (v2) custom domain with TLS_1_0.

expect: any @ http-domain
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.apigatewayv2.DomainName("http-domain", domain_name="http.acme.example",
                            domain_name_configuration=aws.apigatewayv2.DomainNameDomainNameConfigurationArgs(
                                certificate_arn=f"arn:aws:acm:{kit.REGION}:{kit.ACCOUNT}:certificate/11111111-2222-3333-4444-555555555555",
                                endpoint_type="REGIONAL", security_policy="TLS_1_0"))
