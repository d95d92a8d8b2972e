"""An HTTP listener that forwards to the target group (serves plain HTTP).

expect: lb-listener-tls @ web-http
"""

import pulumi_aws as aws
from corpus_kit import SG, SUBNET, VPC

lb = aws.lb.LoadBalancer(
    "web",
    load_balancer_type="application",
    internal=True,
    subnets=[SUBNET, "subnet-0bbb"],
    security_groups=[SG],
    drop_invalid_header_fields=True,
)
tg = aws.lb.TargetGroup("web", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "web-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
