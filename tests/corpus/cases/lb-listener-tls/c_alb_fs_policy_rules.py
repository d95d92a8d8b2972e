"""aws.alb tokens, forward-secrecy TLS 1.2 policy, a listener rule on the HTTPS listener, redirect on HTTP.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, VPC

lb = aws.alb.LoadBalancer(
    "portal", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.alb.TargetGroup("portal", port=8080, protocol="HTTP", vpc_id=VPC)
https = aws.alb.Listener(
    "portal-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy="ELBSecurityPolicy-FS-1-2-Res-2020-10",
    default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "404"}}],
)
aws.alb.ListenerRule(
    "portal-app",
    listener_arn=https.arn,
    priority=5,
    conditions=[{"path_pattern": {"values": ["/app/*"]}}],
    actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
http = aws.alb.Listener(
    "portal-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
aws.alb.ListenerRule(
    "portal-legacy-redirect",
    listener_arn=http.arn,
    priority=1,
    conditions=[{"path_pattern": {"values": ["/old/*"]}}],
    actions=[
        {
            "type": "redirect",
            "redirect": {"protocol": "HTTPS", "port": "443", "path": "/app/#{path}", "status_code": "HTTP_301"},
        }
    ],
)
