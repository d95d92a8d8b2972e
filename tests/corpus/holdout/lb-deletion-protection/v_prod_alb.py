"""Under prod's config, a hardened ALB (header drop, access logs) without deletion protection.

expect: lb-deletion-protection @ prod-alb
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.lb.LoadBalancer(
    "prod-alb",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    drop_invalid_header_fields=True,
    access_logs={"bucket": "hold-alb-logs", "enabled": True, "prefix": "prod"},
)
