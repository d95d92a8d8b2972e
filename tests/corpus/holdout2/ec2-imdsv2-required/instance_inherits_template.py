"""An instance with no metadata_options of its own, launched from a template requiring IMDSv2 with hop limit 2.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import SUBNETS, safe_template

lt = safe_template(
    "api-lt",
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 2, "instance_metadata_tags": "enabled"},
)
aws.ec2.Instance(
    "api-1",
    subnet_id=SUBNETS[1],
    associate_public_ip_address=False,
    launch_template=aws.ec2.InstanceLaunchTemplateArgs(id=lt.id, version=lt.latest_version.apply(str)),
)
