"""A static-assets component whose bucket has every setting except default encryption.

expect: s3-encryption-kms @ assets-store
"""

import pulumi
from holdout2_kit import private_bucket


class Assets(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:web:Assets", name, None, opts)
        self.bucket = private_bucket(f"{name}-store", opts=pulumi.ResourceOptions(parent=self), sse="")
        self.register_outputs({})


Assets("assets")
