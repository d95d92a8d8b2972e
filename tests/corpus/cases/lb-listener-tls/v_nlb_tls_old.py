"""Network load balancer TLS listener with a TLS 1.0 policy.

expect: lb-listener-tls @ mqtt-tls
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SUBNET, VPC

nlb = aws.lb.LoadBalancer("mqtt", load_balancer_type="network", internal=True, subnets=[SUBNET, "subnet-0bbb"])
tg = aws.lb.TargetGroup("mqtt", port=1883, protocol="TCP", vpc_id=VPC)
aws.lb.Listener(
    "mqtt-tls",
    load_balancer_arn=nlb.arn,
    port=8883,
    protocol="TLS",
    certificate_arn=CERT_ARN,
    ssl_policy="ELBSecurityPolicy-TLS-1-0-2015-04",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
