"""A batch-worker component whose launch template relies on the AMI's root volume (no block device mappings).

expect: ebs-encrypted @ batch-worker-lt
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import AMI, SG


class BatchWorker(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:compute:BatchWorker", name, None, opts)
        self.template = aws.ec2.LaunchTemplate(
            f"{name}-lt",
            image_id=AMI,
            instance_type="m7g.large",
            metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
            vpc_security_group_ids=[SG],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"template_id": self.template.id})


BatchWorker("batch-worker")
