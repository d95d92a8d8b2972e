"""Prod compute on allowed Graviton and Intel 7th-generation types, template plus instance override.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, safe_template

lt = safe_template("svc-lt", instance_type="c7g.2xlarge")
aws.ec2.Instance(
    "svc-big",
    instance_type="m7i.2xlarge",
    subnet_id=SUBNETS[0],
    associate_public_ip_address=False,
    launch_template={"id": lt.id, "version": "$Default"},
)
