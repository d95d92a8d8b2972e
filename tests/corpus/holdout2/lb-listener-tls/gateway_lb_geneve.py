"""A Gateway Load Balancer for inline appliances; its listener has no protocol (GENEVE pass-through).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, VPC

gwlb = aws.lb.LoadBalancer("inspection", load_balancer_type="gateway", subnets=SUBNETS, enable_deletion_protection=True)
tg = aws.lb.TargetGroup(
    "inspection-tg", port=6081, protocol="GENEVE", vpc_id=VPC, health_check={"port": "80", "protocol": "HTTP"}
)
aws.lb.Listener(
    "inspection-listener", load_balancer_arn=gwlb.arn, default_actions=[{"type": "forward", "target_group_arn": tg.arn}]
)
