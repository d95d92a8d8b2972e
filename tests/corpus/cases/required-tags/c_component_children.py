"""Resources inside a ComponentResource with an explicit tagged provider passed through `providers`.

config: {"aws:defaultTags": null}
expect: clean
"""

import pulumi
import pulumi_aws as aws


class Network(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("corpus:net:Network", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.7.0.0/16", opts=child)
        aws.ec2.Subnet(f"{name}-a", vpc_id=self.vpc.id, cidr_block="10.7.1.0/24", opts=child)
        self.register_outputs({})


p = aws.Provider(
    "tagged",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
Network("core", opts=pulumi.ResourceOptions(providers={"aws": p}))
