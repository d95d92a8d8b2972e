"""A network load balancer exposing port 8443 as plain TCP (TLS passed through to the targets), not TLS.

Relabelled clean by the lead (the yardstick flagged the claim as ambiguous): TCP/UDP pass-through on a network
load balancer leaves TLS to the targets, a legitimate design (checkov's CKV_AWS_2 accepts it too); the rule's
description now says so. Plain HTTP is what the rule refuses.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

nlb = aws.lb.LoadBalancer("mq-nlb", load_balancer_type="network", subnets=kit.PRIVATE_SUBNETS)
tg = aws.lb.TargetGroup("mq-tg", port=5671, protocol="TCP", vpc_id=kit.VPC_ID)
aws.lb.Listener(
    "mq-tcp",
    load_balancer_arn=nlb.arn,
    port=8443,
    protocol="TCP",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
