"""TLS 1.3-only policy with an extra SNI certificate (ListenerCertificate) on an aws.lb listener.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, VPC

lb = aws.lb.LoadBalancer(
    "multi", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("multi", port=8443, protocol="HTTPS", vpc_id=VPC)
https = aws.lb.Listener(
    "multi-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy="ELBSecurityPolicy-TLS13-1-3-2021-06",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
aws.lb.ListenerCertificate(
    "multi-second-cert",
    listener_arn=https.arn,
    certificate_arn="arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
)
