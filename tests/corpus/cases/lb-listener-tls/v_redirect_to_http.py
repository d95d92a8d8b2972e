"""The 'redirect' on the HTTP listener sends clients to another plain-HTTP port.

expect: lb-listener-tls @ promo-http
"""

import pulumi_aws as aws
from corpus_kit import SG, SUBNET

lb = aws.lb.LoadBalancer(
    "promo", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
aws.lb.Listener(
    "promo-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTP", "port": "8080", "status_code": "HTTP_301"}}],
)
