"""expect: any @ api-domain
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.apigateway.DomainName(
    "api-domain",
    domain_name="api.acme.example",
    regional_certificate_arn=CERT_ARN,
    endpoint_configuration={"types": "REGIONAL"},
    security_policy="TLS_1_0",
)
