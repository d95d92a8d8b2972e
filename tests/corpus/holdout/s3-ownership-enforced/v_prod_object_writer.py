"""Under prod's config, a bucket whose ownership controls keep ACLs on (ObjectWriter).

expect: s3-ownership-enforced @ uploads-legacy
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("uploads-legacy", skip=("ownership",))
aws.s3.BucketOwnershipControls(
    "uploads-legacy-owner", bucket=bucket.id, rule=aws.s3.BucketOwnershipControlsRuleArgs(object_ownership="ObjectWriter")
)
