"""Required tokens with hop limit 2 (containers), instance from the template by name.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

lt = compliant_launch_template(
    "ecs-host",
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 2, "instance_metadata_tags": "enabled"},
)
aws.ec2.Instance("ecs-host-1", launch_template={"name": lt.name, "version": "$Default"})
