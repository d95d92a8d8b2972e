"""A prod ALB with an access_logs block that names a bucket but has enabled False.

expect: lb-hardening @ reports-alb
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

aws.lb.LoadBalancer(
    "reports-alb",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    enable_deletion_protection=True,
    drop_invalid_header_fields=True,
    access_logs={"bucket": "h2-lb-logs", "enabled": False},
)
