"""A classic ELB with a plain HTTP listener on port 80 to instance port 80.

expect: lb-listener-tls @ legacy-elb
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.elb.LoadBalancer(
    "legacy-elb",
    subnets=kit.PRIVATE_SUBNETS,
    security_groups=[kit.APP_SG],
    listeners=[{"instance_port": 80, "instance_protocol": "http", "lb_port": 80, "lb_protocol": "http"}],
    access_logs={"bucket": "hold-elb-logs", "enabled": True},
)
