"""Versioning enabled through the deprecated BucketVersioningV2 resource, with MFA delete left off.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("ledger", skip=("versioning",))
aws.s3.BucketVersioningV2(
    "ledger-ver", bucket=bucket.id, versioning_configuration={"status": "Enabled", "mfa_delete": "Disabled"}
)
