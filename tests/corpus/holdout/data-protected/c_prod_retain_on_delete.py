"""Under prod's config, a key protected through retain_on_delete plus protect inside a component.

expect: clean
policy-config: prod
"""

import pulumi
import pulumi_aws as aws


class Keys(pulumi.ComponentResource):
    def __init__(self, name: str) -> None:
        super().__init__("acme:security:Keys", name, opts=pulumi.ResourceOptions(protect=True))
        aws.kms.Key(
            f"{name}-data",
            enable_key_rotation=True,
            opts=pulumi.ResourceOptions(parent=self, retain_on_delete=True, protect=True),
        )
        self.register_outputs({})


Keys("platform")
