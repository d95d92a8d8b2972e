"""HTTPS with the old 2016-08 policy (TLS 1.0 allowed).

expect: lb-listener-tls @ shop-https
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, VPC

lb = aws.lb.LoadBalancer(
    "shop", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("shop", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "shop-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    ssl_policy="ELBSecurityPolicy-2016-08",
    certificate_arn=CERT_ARN,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
