"""An HTTPS listener on ELBSecurityPolicy-TLS-1-1-2017-01 (TLS 1.1 floor).

expect: lb-listener-tls @ partner-https
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "partner-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
aws.lb.Listener(
    "partner-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    ssl_policy="ELBSecurityPolicy-TLS-1-1-2017-01",
    certificate_arn=kit.REGIONAL_CERT,
    default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}],
)
