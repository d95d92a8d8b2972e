"""Copy-paste slip: the public access block for 'invoices-eu' names the physical bucket of 'invoices-us'.

expect: s3-public-access-blocked @ invoices-eu
"""

import holdout_kit as kit
import pulumi_aws as aws

kit.secure_bucket("invoices-us")
kit.secure_bucket("invoices-eu", skip=("pab",))
aws.s3.BucketPublicAccessBlock(
    "invoices-eu-pab",
    bucket="hold-invoices-us",
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
