"""An NLB TLS listener on the FIPS TLS 1.2+ policy forwarding to a TCP target group.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

nlb = aws.lb.LoadBalancer("grpc-nlb", load_balancer_type="network", internal=True, subnets=kit.PRIVATE_SUBNETS)
tg = aws.lb.TargetGroup("grpc-tg", port=50051, protocol="TCP", vpc_id=kit.VPC_ID)
aws.lb.Listener(
    "grpc-tls",
    load_balancer_arn=nlb.arn,
    port="443",
    protocol="TLS",
    ssl_policy="ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
    certificate_arn=kit.REGIONAL_CERT,
    alpn_policy="HTTP2Preferred",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
