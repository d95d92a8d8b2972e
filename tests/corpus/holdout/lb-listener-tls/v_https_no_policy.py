"""An HTTPS listener with no ssl_policy: AWS then applies its default ELBSecurityPolicy-2016-08 (TLS 1.0).

expect: lb-listener-tls @ intranet-https
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "intranet-alb", internal=True, subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("intranet-tg", port=80, protocol="HTTP", vpc_id=kit.VPC_ID)
aws.lb.Listener(
    "intranet-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=kit.REGIONAL_CERT,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
