"""NLB TLS listener with a TLS 1.3 FIPS policy.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SUBNET, VPC

nlb = aws.lb.LoadBalancer("ingest", load_balancer_type="network", internal=True, subnets=[SUBNET, "subnet-0bbb"])
tg = aws.lb.TargetGroup("ingest", port=9000, protocol="TCP", vpc_id=VPC)
aws.lb.Listener(
    "ingest-tls",
    load_balancer_arn=nlb.arn,
    port=443,
    protocol="TLS",
    certificate_arn=CERT_ARN,
    ssl_policy="ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
