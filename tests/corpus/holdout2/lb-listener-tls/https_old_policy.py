"""An HTTPS listener pinned to the 2016-08 policy (TLS 1.0 allowed) for an old client.

expect: lb-listener-tls @ legacy-https
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SG, SUBNETS, VPC

lb = aws.lb.LoadBalancer(
    "legacy",
    load_balancer_type="application",
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    enable_deletion_protection=True,
)
tg = aws.lb.TargetGroup("legacy-tg", port=443, protocol="HTTPS", vpc_id=VPC)
aws.lb.Listener(
    "legacy-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT,
    ssl_policy="ELBSecurityPolicy-2016-08",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
