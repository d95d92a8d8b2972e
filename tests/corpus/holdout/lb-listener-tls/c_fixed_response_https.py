"""HTTPS listener with a fixed-response default and a rule forwarding /api.

The HTTP listener redirects, and its one listener rule redirects too.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "edge-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("edge-api", port=8080, protocol="HTTP", vpc_id=kit.VPC_ID)
https = aws.lb.Listener(
    "edge-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    ssl_policy=kit.SSL_POLICY,
    certificate_arn=kit.REGIONAL_CERT,
    default_actions=[
        {
            "type": "fixed-response",
            "fixed_response": {"content_type": "text/plain", "status_code": "404", "message_body": "nope"},
        }
    ],
)
aws.lb.ListenerRule(
    "edge-api-rule",
    listener_arn=https.arn,
    priority=5,
    actions=[{"type": "forward", "target_group_arn": tg.arn}],
    conditions=[{"path_pattern": {"values": ["/api/*"]}}],
)
http = aws.lb.Listener(
    "edge-http",
    load_balancer_arn=lb.arn,
    port=80,
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_302"}}],
)
aws.lb.ListenerRule(
    "edge-http-legacy",
    listener_arn=http.arn,
    priority=1,
    actions=[
        {
            "type": "redirect",
            "redirect": {"protocol": "HTTPS", "port": "443", "host": "new.example.com", "status_code": "HTTP_301"},
        }
    ],
    conditions=[{"host_header": {"values": ["old.example.com"]}}],
)
