"""Instance from a compliant template that overrides metadata options back to optional.

expect: ec2-imdsv2-required @ override
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

lt = compliant_launch_template("override-lt")
aws.ec2.Instance(
    "override", launch_template={"id": lt.id, "version": "$Latest"}, metadata_options={"http_tokens": "optional"}
)
