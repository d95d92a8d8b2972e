"""An NLB terminating TLS on 8443 with the TLS-1-1 policy.

expect: lb-listener-tls @ mqtt-tls
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SUBNETS, VPC

nlb = aws.lb.LoadBalancer("mqtt", load_balancer_type="network", subnets=SUBNETS, enable_deletion_protection=True)
tg = aws.lb.TargetGroup("mqtt-tg", port=1883, protocol="TCP", vpc_id=VPC)
aws.lb.Listener(
    "mqtt-tls",
    load_balancer_arn=nlb.arn,
    port=8443,
    protocol="TLS",
    certificate_arn=CERT,
    ssl_policy="ELBSecurityPolicy-TLS-1-1-2017-01",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
