"""A prod NLB with enable_deletion_protection given as the string "false".

expect: lb-deletion-protection @ ingest-nlb
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS

aws.lb.LoadBalancer(
    "ingest-nlb",
    load_balancer_type="network",
    internal=True,
    subnets=SUBNETS,
    enable_deletion_protection="false",
    access_logs={"bucket": "h2-lb-logs", "enabled": True},
)
