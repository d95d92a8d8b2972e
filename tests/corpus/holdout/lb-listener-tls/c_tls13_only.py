"""An HTTPS listener on the TLS 1.3-only policy ELBSecurityPolicy-TLS13-1-3-2021-06.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "modern-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
aws.lb.Listener(
    "modern-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    ssl_policy="ELBSecurityPolicy-TLS13-1-3-2021-06",
    certificate_arn=kit.REGIONAL_CERT,
    default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "204"}}],
)
