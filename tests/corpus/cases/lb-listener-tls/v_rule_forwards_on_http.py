"""HTTP listener redirects by default, but a listener rule on it forwards /health in plain HTTP.

expect: lb-listener-tls @ site-health
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, TLS_POLICY, VPC

lb = aws.lb.LoadBalancer(
    "site", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("site", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "site-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy=TLS_POLICY,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
http = aws.lb.Listener(
    "site-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
aws.lb.ListenerRule(
    "site-health",
    listener_arn=http.arn,
    priority=10,
    conditions=[{"path_pattern": {"values": ["/health"]}}],
    actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
