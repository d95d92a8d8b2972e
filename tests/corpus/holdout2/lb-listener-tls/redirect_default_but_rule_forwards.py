"""The HTTP listener redirects by default, but a separate ListenerRule forwards /healthz over plain HTTP.

expect: lb-listener-tls @ web-healthz-rule
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS, VPC

lb = aws.alb.LoadBalancer(
    "web",
    load_balancer_type="application",
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
)
tg = aws.alb.TargetGroup("web-tg", port=80, protocol="HTTP", vpc_id=VPC)
http = aws.alb.Listener(
    "web-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
aws.alb.ListenerRule(
    "web-healthz-rule",
    listener_arn=http.arn,
    priority=10,
    actions=[{"type": "forward", "target_group_arn": tg.arn}],
    conditions=[{"path_pattern": {"values": ["/healthz"]}}],
)
