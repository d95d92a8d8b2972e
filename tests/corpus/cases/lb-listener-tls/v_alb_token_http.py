"""The same through the aws.alb module tokens (Args classes).

expect: lb-listener-tls @ api-listener
"""

import pulumi_aws as aws
from corpus_kit import SG, SUBNET, VPC

lb = aws.alb.LoadBalancer(
    "api", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.alb.TargetGroup("api", port=8080, protocol="HTTP", vpc_id=VPC)
aws.alb.Listener(
    "api-listener",
    aws.alb.ListenerArgs(
        load_balancer_arn=lb.arn,
        port=8080,
        protocol="HTTP",
        default_actions=[aws.alb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)],
    ),
)
