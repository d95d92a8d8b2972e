"""Prod bucket with ownership ObjectWriter for a vendor that uploads with ACLs.

expect: s3-ownership-enforced @ vendor-inbox
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("vendor-inbox", ownership=False, tags={"ReplicationExempt": "true"})
aws.s3.BucketOwnershipControls(
    "vendor-inbox-own", bucket=b.id, rule=aws.s3.BucketOwnershipControlsRuleArgs(object_ownership="ObjectWriter")
)
