"""A prod ALB with logs and header dropping but deletion protection left off.

expect: lb-deletion-protection @ public-api
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

aws.lb.LoadBalancer(
    "public-api",
    load_balancer_type="application",
    security_groups=[SG],
    subnets=SUBNETS,
    drop_invalid_header_fields=True,
    access_logs={"bucket": "h2-lb-logs", "enabled": True, "prefix": "api"},
)
