"""REST and HTTP API custom domains with TLS 1.2.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cert = f"arn:aws:acm:{kit.REGION}:{kit.ACCOUNT}:certificate/11111111-2222-3333-4444-555555555555"
aws.apigateway.DomainName("api-domain", domain_name="api.acme.example", security_policy="TLS_1_2",
                          regional_certificate_arn=cert, endpoint_configuration={"types": "REGIONAL"})
aws.apigatewayv2.DomainName("http-domain", domain_name="http.acme.example",
                            domain_name_configuration={"certificate_arn": cert, "endpoint_type": "REGIONAL",
                                                       "security_policy": "TLS_1_2"})
