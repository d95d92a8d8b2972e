"""A prod ALB that keeps invalid header fields (drop_invalid_header_fields False for a legacy client).

expect: lb-hardening @ legacy-alb
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

aws.lb.LoadBalancer(
    "legacy-alb",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    enable_deletion_protection=True,
    drop_invalid_header_fields=False,
    access_logs={"bucket": "h2-lb-logs", "enabled": True},
)
