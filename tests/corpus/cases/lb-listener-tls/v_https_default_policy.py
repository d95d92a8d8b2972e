"""HTTPS without an ssl_policy: AWS applies its default (ELBSecurityPolicy-2016-08, TLS 1.0).

expect: lb-listener-tls @ admin-https
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, VPC

lb = aws.lb.LoadBalancer(
    "admin", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("admin", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "admin-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
