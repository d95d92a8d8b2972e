"""Classic ELB with a plain HTTP listener.

expect: lb-listener-tls @ classic
"""

import pulumi_aws as aws
from corpus_kit import SG, SUBNET

aws.elb.LoadBalancer(
    "classic",
    internal=True,
    subnets=[SUBNET],
    security_groups=[SG],
    listeners=[{"lb_port": 80, "lb_protocol": "http", "instance_port": 8080, "instance_protocol": "http"}],
)
