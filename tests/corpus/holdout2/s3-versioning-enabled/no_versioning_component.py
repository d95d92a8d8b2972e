"""A component creating one bucket per tenant; none gets versioning.

expect: s3-versioning-enabled @ tenant-acme
"""

import pulumi
from holdout2_kit import private_bucket


class Tenants(pulumi.ComponentResource):
    def __init__(self, name, tenants, opts=None):
        super().__init__("acme:saas:Tenants", name, None, opts)
        for t in tenants:
            private_bucket(f"tenant-{t}", opts=pulumi.ResourceOptions(parent=self), versioning=False)


Tenants("tenants", ["acme", "globex"])
