"""Under prod's config, a classic ELB with an SSL listener but no access logs.

expect: lb-hardening @ prod-classic
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.elb.LoadBalancer(
    "prod-classic",
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
)
