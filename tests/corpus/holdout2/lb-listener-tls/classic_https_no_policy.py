"""A classic ELB with an HTTPS listener and no SSL negotiation policy (AWS applies ELBSecurityPolicy-2016-08, TLS 1.0+).

expect: lb-listener-tls @ legacy-clb
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SG, SUBNETS

aws.elb.LoadBalancer(
    "legacy-clb",
    subnets=SUBNETS,
    security_groups=[SG],
    internal=True,
    listeners=[
        {
            "instance_port": 8080,
            "instance_protocol": "http",
            "lb_port": 443,
            "lb_protocol": "https",
            "ssl_certificate_id": CERT,
        }
    ],
)
