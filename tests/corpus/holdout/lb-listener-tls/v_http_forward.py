"""An aws.alb listener on port 80 that forwards to a target group instead of redirecting.

expect: lb-listener-tls @ api-http
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.alb.LoadBalancer(
    "api-alb",
    internal=False,
    load_balancer_type="application",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    drop_invalid_header_fields=True,
)
tg = aws.alb.TargetGroup("api-tg", port=8080, protocol="HTTP", vpc_id=kit.VPC_ID, target_type="ip")
aws.alb.Listener(
    "api-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
