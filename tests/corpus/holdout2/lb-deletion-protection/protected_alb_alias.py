"""A prod ALB (aws.alb alias module) with deletion protection, header dropping and access logs.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

aws.alb.LoadBalancer(
    "partner-api",
    load_balancer_type="application",
    internal=True,
    security_groups=[SG],
    subnets=SUBNETS,
    enable_deletion_protection=True,
    drop_invalid_header_fields=True,
    access_logs=aws.alb.LoadBalancerAccessLogsArgs(bucket="h2-lb-logs", enabled=True, prefix="partner"),
)
