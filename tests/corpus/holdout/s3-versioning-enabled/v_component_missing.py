"""A ComponentResource makes its bucket as a child but forgets versioning.

expect: s3-versioning-enabled @ site-content
"""

import holdout_kit as kit
import pulumi


class StaticSite(pulumi.ComponentResource):
    def __init__(self, name: str) -> None:
        super().__init__("acme:web:StaticSite", name)
        self.bucket = kit.secure_bucket(f"{name}-content", skip=("versioning",), opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


StaticSite("site")
