"""HTTPS listeners on the TLS 1.2 "Ext" and "Res" policies; port numbers as strings.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SG, SUBNETS, VPC

lb = aws.lb.LoadBalancer(
    "b2b",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
)
tg = aws.lb.TargetGroup("b2b-tg", port=8443, protocol="HTTPS", vpc_id=VPC)
for port, policy in [("443", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"), ("8443", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06")]:
    aws.lb.Listener(
        f"b2b-{port}",
        load_balancer_arn=lb.arn,
        port=port,
        protocol="HTTPS",
        certificate_arn=CERT,
        ssl_policy=policy,
        default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
    )
