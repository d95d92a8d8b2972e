"""A classic ELB whose HTTPS listener gets the TLS-1-2-2017-01 reference policy through LoadBalancerPolicy + ListenerPolicy.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import CERT, SG, SUBNETS

clb = aws.elb.LoadBalancer(
    "billing-clb",
    subnets=SUBNETS,
    security_groups=[SG],
    internal=True,
    listeners=[
        {
            "instance_port": 8443,
            "instance_protocol": "https",
            "lb_port": 443,
            "lb_protocol": "https",
            "ssl_certificate_id": CERT,
        }
    ],
)
tls = aws.elb.LoadBalancerPolicy(
    "billing-tls12",
    load_balancer_name=clb.name,
    policy_name="billing-tls12",
    policy_type_name="SSLNegotiationPolicyType",
    policy_attributes=[{"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"}],
)
aws.elb.ListenerPolicy("billing-443", load_balancer_name=clb.name, load_balancer_port=443, policy_names=[tls.policy_name])
