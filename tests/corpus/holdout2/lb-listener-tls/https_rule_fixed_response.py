"""HTTPS with the FIPS TLS 1.3 policy;
the HTTP listener only redirects and a rule on the HTTPS one returns a fixed 403 for /admin.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SG, SUBNETS, VPC

lb = aws.lb.LoadBalancer(
    "shop",
    load_balancer_type="application",
    security_groups=[SG],
    subnets=SUBNETS,
    internal=True,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
)
tg = aws.lb.TargetGroup("shop-tg", port=8080, protocol="HTTP", vpc_id=VPC)
https = aws.lb.Listener(
    "shop-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT,
    ssl_policy="ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
http = aws.lb.Listener(
    "shop-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
aws.lb.ListenerRule(
    "shop-admin-block",
    listener_arn=https.arn,
    priority=1,
    actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "403"}}],
    conditions=[{"path_pattern": {"values": ["/admin*"]}}],
)
