"""An HTTPS listener on the legacy ELBSecurityPolicy-2016-08 (allows TLS 1.0/1.1).

expect: lb-listener-tls @ shop-https
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.lb.LoadBalancer(
    "shop-alb", subnets=kit.PRIVATE_SUBNETS, security_groups=[kit.APP_SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("shop-tg", port=80, protocol="HTTP", vpc_id=kit.VPC_ID)
aws.lb.Listener(
    "shop-https",
    aws.lb.ListenerArgs(
        load_balancer_arn=lb.arn,
        port=443,
        protocol="HTTPS",
        ssl_policy="ELBSecurityPolicy-2016-08",
        certificate_arn=kit.REGIONAL_CERT,
        default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)],
    ),
)
