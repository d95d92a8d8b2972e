"""A prod component passes protect=True down to its key explicitly and the bucket gets protect from the kit.

expect: clean
policy-config: prod
"""

import pulumi
from holdout2_kit import cmk, private_bucket


class Archive(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:data:Archive", name, None, opts)
        key = cmk(f"{name}-key", opts=pulumi.ResourceOptions(parent=self, protect=True))
        private_bucket(name, opts=pulumi.ResourceOptions(parent=self), key=key, tags={"ReplicationExempt": "true"})


Archive("cold-archive")
