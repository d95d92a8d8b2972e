"""(Named variant) A classic ELB named explicitly, with an HTTPS listener.

Its SSL negotiation policy references ELBSecurityPolicy-TLS-1-2-2017-01.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

elb = aws.elb.LoadBalancer(
    "classic-tls",
    name="classic-tls-named",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    listeners=[
        {
            "instance_port": 8443,
            "instance_protocol": "https",
            "lb_port": 443,
            "lb_protocol": "https",
            "ssl_certificate_id": kit.REGIONAL_CERT,
        }
    ],
    access_logs={"bucket": "hold-elb-logs", "enabled": True},
)
policy = aws.elb.LoadBalancerPolicy(
    "classic-tls-ssl",
    load_balancer_name=elb.name,
    policy_name="tls12",
    policy_type_name="SSLNegotiationPolicyType",
    policy_attributes=[{"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"}],
)
aws.elb.ListenerPolicy(
    "classic-tls-443", load_balancer_name=elb.name, load_balancer_port=443, policy_names=[policy.policy_name]
)
