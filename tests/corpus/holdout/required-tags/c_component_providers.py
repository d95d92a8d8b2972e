"""No stack default tags; a ComponentResource gets providers={"aws": tagged} and its children inherit it.

expect: clean
config: {"aws:defaultTags": null}
"""

import pulumi
import pulumi_aws as aws

tagged = aws.Provider(
    "team-aws",
    region="eu-west-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)


class Queues(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions) -> None:
        super().__init__("acme:messaging:Queues", name, None, opts)
        for q in ("in", "out"):
            aws.sqs.Queue(f"{name}-{q}", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Queues("pipeline", pulumi.ResourceOptions(providers={"aws": tagged}))
