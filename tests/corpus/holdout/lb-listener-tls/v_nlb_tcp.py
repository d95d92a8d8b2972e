"""A network load balancer exposing port 8443 as plain TCP (TLS passed through to the targets), not TLS.

expect: lb-listener-tls @ mq-tcp
"""
import holdout_kit as kit
import pulumi_aws as aws

nlb = aws.lb.LoadBalancer("mq-nlb", load_balancer_type="network", subnets=kit.PRIVATE_SUBNETS)
tg = aws.lb.TargetGroup("mq-tg", port=5671, protocol="TCP", vpc_id=kit.VPC_ID)
aws.lb.Listener("mq-tcp", load_balancer_arn=nlb.arn, port=8443, protocol="TCP",
                default_actions=[{"type": "forward", "target_group_arn": tg.arn}])
