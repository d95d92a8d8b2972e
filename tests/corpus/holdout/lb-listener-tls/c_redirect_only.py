"""ALB: HTTP listener whose only action is a redirect to HTTPS; HTTPS listener on a TLS 1.3 policy.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

lb = aws.alb.LoadBalancer(
    "portal-alb",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    drop_invalid_header_fields=True,
    ip_address_type="dualstack",
)
tg = aws.alb.TargetGroup("portal-tg", port=443, protocol="HTTPS", vpc_id=kit.VPC_ID)
aws.alb.Listener(
    "portal-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[
        aws.alb.ListenerDefaultActionArgs(
            type="redirect",
            redirect=aws.alb.ListenerDefaultActionRedirectArgs(port="443", protocol="HTTPS", status_code="HTTP_301"),
        )
    ],
)
aws.alb.Listener(
    "portal-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    ssl_policy="ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
    certificate_arn=kit.REGIONAL_CERT,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
