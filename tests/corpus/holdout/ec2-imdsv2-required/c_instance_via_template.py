"""An instance launched from a compliant template (IMDSv2, hop limit 2), setting no metadata options itself.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

lt = kit.private_template(
    "svc-lt", metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 2, "http_protocol_ipv6": "enabled"}
)
aws.ec2.Instance(
    "svc",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    launch_template=aws.ec2.InstanceLaunchTemplateArgs(id=lt.id, version=lt.latest_version.apply(str)),
)
