"""An HTTP listener whose only action is a redirect... to another host, keeping the protocol (#{protocol} = HTTP).

expect: lb-listener-tls @ old-domain-http
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "old-domain-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
aws.lb.Listener(
    "old-domain-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"host": "new.example.com", "status_code": "HTTP_301"}}],
)
