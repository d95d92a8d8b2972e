"""A prod classic ELB (TCP pass-through) with no access logs.

expect: lb-hardening @ smtp-clb
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SG, SUBNETS

aws.elb.LoadBalancer(
    "smtp-clb",
    subnets=SUBNETS,
    security_groups=[SG],
    internal=True,
    listeners=[{"instance_port": 25, "instance_protocol": "tcp", "lb_port": 25, "lb_protocol": "tcp"}],
)
