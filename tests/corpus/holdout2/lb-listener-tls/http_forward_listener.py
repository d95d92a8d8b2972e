"""An internal ALB built by a helper whose HTTP listener forwards straight to the targets.

expect: lb-listener-tls @ api-http
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS, VPC


def alb(name):
    lb = aws.lb.LoadBalancer(
        name,
        internal=True,
        load_balancer_type="application",
        security_groups=[SG],
        subnets=SUBNETS,
        drop_invalid_header_fields=True,
        enable_deletion_protection=True,
    )
    tg = aws.lb.TargetGroup(f"{name}-tg", port=8080, protocol="HTTP", vpc_id=VPC, target_type="ip")
    return lb, tg


lb, tg = alb("api")
aws.lb.Listener(
    "api-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)],
)
