"""An NLB passing TCP 443 through to targets that terminate TLS themselves, plus an HTTP->HTTPS redirect on an ALB.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS, VPC

nlb = aws.lb.LoadBalancer(
    "grpc", load_balancer_type="network", internal=True, subnets=SUBNETS, enable_deletion_protection=True
)
tg = aws.lb.TargetGroup("grpc-tg", port=443, protocol="TCP", vpc_id=VPC)
aws.lb.Listener(
    "grpc-443",
    load_balancer_arn=nlb.arn,
    port=443,
    protocol="TCP",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)

alb = aws.lb.LoadBalancer(
    "site",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
)
aws.lb.Listener(
    "site-http",
    load_balancer_arn=alb.arn,
    port="80",
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_302"}}],
)
