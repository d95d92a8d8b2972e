"""HTTPS with a TLS 1.3 policy and an HTTP->HTTPS redirect (aws.lb, dict args).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import CERT_ARN, SG, SUBNET, TLS_POLICY, VPC

lb = aws.lb.LoadBalancer(
    "store", internal=True, subnets=[SUBNET, "subnet-0bbb"], security_groups=[SG], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("store", port=8080, protocol="HTTP", vpc_id=VPC)
aws.lb.Listener(
    "store-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy=TLS_POLICY,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
aws.lb.Listener(
    "store-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
