"""Under prod's config, an ALB with access logs and deletion protection but drop_invalid_header_fields left off.

expect: lb-hardening @ prod-api-alb
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.alb.LoadBalancer(
    "prod-api-alb",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    enable_deletion_protection=True,
    access_logs={"bucket": "hold-alb-logs", "enabled": True},
)
