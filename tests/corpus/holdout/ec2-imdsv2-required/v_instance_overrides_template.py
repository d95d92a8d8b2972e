"""The template requires IMDSv2, but the instance launched from it overrides metadata options to optional.

expect: ec2-imdsv2-required @ override-app
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("good-lt")
aws.ec2.Instance(
    "override-app",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    launch_template={"id": lt.id, "version": "$Latest"},
    metadata_options={"http_tokens": "optional", "http_endpoint": "enabled"},
)
