"""Versioning enabled through the deprecated BucketVersioningV2 with mfa_delete Disabled, in a component.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket


class Journal(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:data:Journal", name, None, opts)
        b = private_bucket(name, opts=pulumi.ResourceOptions(parent=self), versioning=False)
        aws.s3.BucketVersioningV2(
            f"{name}-versioning",
            bucket=b.id,
            opts=pulumi.ResourceOptions(parent=self),
            versioning_configuration=aws.s3.BucketVersioningV2VersioningConfigurationArgs(
                status="Enabled", mfa_delete="Disabled"
            ),
        )


Journal("journal")
