"""Under prod's config, an internal NLB with deletion protection and access logs.

expect: clean
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.lb.LoadBalancer(
    "prod-nlb",
    load_balancer_type="network",
    internal=True,
    subnets=kit.PRIVATE_SUBNETS,
    enable_deletion_protection=True,
    access_logs={"bucket": "hold-alb-logs", "enabled": True},
)
