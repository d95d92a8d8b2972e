"""Under prod's config, a bucket with no BucketOwnershipControls at all.

expect: s3-ownership-enforced @ exports-eu
policy-config: prod
"""

import holdout_kit as kit

kit.secure_bucket("exports-eu", skip=("ownership",))
