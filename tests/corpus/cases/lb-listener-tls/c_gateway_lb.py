"""A Gateway Load Balancer listener (GENEVE, no protocol/TLS settings apply).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import SUBNET, VPC

gwlb = aws.lb.LoadBalancer("inspect", load_balancer_type="gateway", subnets=[SUBNET])
tg = aws.lb.TargetGroup("inspect", port=6081, protocol="GENEVE", vpc_id=VPC, health_check={"port": "80", "protocol": "HTTP"})
aws.lb.Listener(
    "inspect-listener", load_balancer_arn=gwlb.arn, default_actions=[{"type": "forward", "target_group_arn": tg.arn}]
)
