"""A prod NLB with access logs (header dropping does not apply to NLBs) and a hardened ALB.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

logs = {"bucket": "h2-lb-logs", "enabled": True}
aws.lb.LoadBalancer(
    "edge-nlb",
    load_balancer_type="network",
    internal=True,
    subnets=SUBNETS,
    enable_deletion_protection=True,
    access_logs=logs,
)
aws.lb.LoadBalancer(
    "edge-alb",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    enable_deletion_protection=True,
    drop_invalid_header_fields=True,
    access_logs=logs,
)
