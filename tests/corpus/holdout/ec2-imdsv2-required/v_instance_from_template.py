"""An instance launched from a launch template whose metadata options allow IMDSv1; the instance sets none.

expect: ec2-imdsv2-required @ legacy-lt | legacy-app
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template("legacy-lt", metadata_options={"http_tokens": "optional"})
aws.ec2.Instance(
    "legacy-app",
    subnet_id=kit.PRIVATE_SUBNETS[1],
    associate_public_ip_address=False,
    launch_template={"id": lt.id, "version": "$Latest"},
)
