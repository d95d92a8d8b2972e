"""A TLS 1.1 policy name (contains 'TLS' but is below 1.2).

expect: lb-listener-tls @ legacy-https
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, VPC

lb = aws.lb.LoadBalancer(
    "legacy", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("legacy", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "legacy-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy="ELBSecurityPolicy-TLS-1-1-2017-01",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
