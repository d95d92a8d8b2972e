"""Same trick with the aws.alb ListenerRule token.

expect: lb-listener-tls @ blog-rule
"""

import pulumi_aws as aws
from corpus_kit import SG, SUBNET, VPC

lb = aws.alb.LoadBalancer(
    "blog", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.alb.TargetGroup("blog", port=8080, protocol="HTTP", vpc_id=VPC)
http = aws.alb.Listener(
    "blog-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_302"}}],
)
aws.alb.ListenerRule(
    "blog-rule",
    listener_arn=http.arn,
    conditions=[{"host_header": {"values": ["blog.example.com"]}}],
    actions=[{"type": "forward", "forward": {"target_groups": [{"arn": tg.arn}]}}],
)
