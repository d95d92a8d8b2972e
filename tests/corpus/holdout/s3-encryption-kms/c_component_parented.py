"""A user ComponentResource builds the bucket and its settings as children (opts=parent=self).

expect: clean
"""

import holdout_kit as kit
import pulumi


class DataLake(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("acme:storage:DataLake", name, None, opts)
        self.raw = kit.secure_bucket(f"{name}-raw", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({"raw": self.raw.bucket})


DataLake("lake")
