"""IMDSv2 required but hop limit 3 (containers on the host could reach it through one more hop).

expect: ec2-imdsv2-required @ k8s-nodes
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

compliant_launch_template(
    "k8s-nodes",
    metadata_options=aws.ec2.LaunchTemplateMetadataOptionsArgs(http_tokens="required", http_put_response_hop_limit=3),
)
