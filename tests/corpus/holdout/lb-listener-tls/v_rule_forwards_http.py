"""The HTTP listener's default action redirects, but a ListenerRule on it forwards /health over HTTP.

expect: lb-listener-tls @ www-health-rule | www-http
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "www-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("www-tg", port=80, protocol="HTTP", vpc_id=kit.VPC_ID)
http = aws.lb.Listener(
    "www-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}}],
)
aws.lb.ListenerRule(
    "www-health-rule",
    listener_arn=http.arn,
    priority=10,
    actions=[{"type": "forward", "target_group_arn": tg.arn}],
    conditions=[{"path_pattern": {"values": ["/health"]}}],
)
